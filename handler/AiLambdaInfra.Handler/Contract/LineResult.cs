namespace AiLambdaInfra.Handler.Contract;

/// <summary>The text read from one image and the model's confidence in it (mean per-character probability, 0–1).</summary>
public sealed record LineResult(string Text, double Confidence);
