using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Contract;

/// <summary>The answer to a valid request: one <see cref="LineResult"/> per image, in request order.</summary>
public sealed record RecognitionResponse(int StatusCode, string? RequestId, string Model, IReadOnlyList<LineResult> Lines)
{
    public const int Ok = 200;

    /// <summary>The answer for <paramref name="lines"/> read by <paramref name="model"/>, confidences to four decimals.</summary>
    public static RecognitionResponse Of(string? requestId, string model, IEnumerable<RecognizedLine> lines) =>
        new(Ok, requestId, model, lines.Select(line => new LineResult(line.Text, Math.Round(line.Confidence, 4))).ToArray());
}
