using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Model;

/// <summary>The lines of one request, in request order, and the milliseconds spent inside ONNX Runtime reading them.</summary>
public sealed record RecognizedLines(IReadOnlyList<RecognizedLine> Lines, double ModelMs);
