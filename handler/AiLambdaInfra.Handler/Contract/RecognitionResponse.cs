namespace AiLambdaInfra.Handler.Contract;

/// <summary>The answer to a valid request: one <see cref="LineResult"/> per image, in request order.</summary>
public sealed record RecognitionResponse(int StatusCode, string? RequestId, string Model, IReadOnlyList<LineResult> Lines)
{
    public const int Ok = 200;
}
