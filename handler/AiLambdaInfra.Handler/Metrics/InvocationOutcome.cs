using AiLambdaInfra.Handler.Contract;

namespace AiLambdaInfra.Handler.Metrics;

/// <summary>
/// What one invocation did, as the metrics see it: either the request was answered with <paramref name="Lines"/>
/// lines read in <paramref name="ModelMs"/> milliseconds of ONNX Runtime, or it was refused for <paramref name="Reason"/>.
/// </summary>
public sealed record InvocationOutcome(RejectionReason? Reason, int Lines, double ModelMs)
{
    public static InvocationOutcome Accepted(int lines, double modelMs) => new(null, lines, modelMs);

    /// <summary>A refused request; with several errors, the first one listed (errors follow the request's order) names the reason.</summary>
    public static InvocationOutcome Rejected(ErrorResponse error) => new(error.Errors[0].Reason, 0, 0);
}
