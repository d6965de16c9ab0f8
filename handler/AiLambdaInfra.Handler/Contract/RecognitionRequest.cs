using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Contract;

/// <summary>A validated request: its optional caller-chosen id and its decoded images, in request order.</summary>
public sealed record RecognitionRequest(string? RequestId, IReadOnlyList<LineImage> Images);
