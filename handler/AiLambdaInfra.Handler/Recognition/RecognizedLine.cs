namespace AiLambdaInfra.Handler.Recognition;

/// <summary>Text decoded from one line and its mean per-character probability (1 for an empty line).</summary>
public sealed record RecognizedLine(string Text, double Confidence);
