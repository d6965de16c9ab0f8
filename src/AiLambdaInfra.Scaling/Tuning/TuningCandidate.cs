using System.Globalization;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>One way to run the function's provisioned concurrency that the self-tuning replay scores.</summary>
/// <param name="Kind">What provisions capacity.</param>
/// <param name="Quantile">For planned kinds, the quantile of the forecast's day-ahead errors the planned level covers; 0 otherwise.</param>
/// <param name="Statistic">Target tracking's statistic (Average or Maximum) where tracking runs; null otherwise.</param>
/// <param name="TargetUtilization">Target tracking's target where tracking runs; 0 otherwise.</param>
/// <param name="Writable">
/// Whether the planner can put it in place by writing only its own key (<c>plannedActions</c>): true for the stack's own
/// tracking settings; false for other tracking settings, which are recommendations for the stack's owner.
/// </param>
public sealed record TuningCandidate(CandidateKind Kind, double Quantile, string? Statistic, double TargetUtilization, bool Writable)
{
    /// <summary>
    /// For planned kinds, the level offset above the quantile, as a share of the forecast's residual spread
    /// (<see cref="LevelOffset"/>). Defaults to 0: the quantile alone.
    /// </summary>
    public double OffsetShare { get; init; }

    /// <summary>The candidate in a few words, as the frontier table prints it.</summary>
    public string Name => Kind switch
    {
        CandidateKind.TrackingOnly => $"tracking on {Statistic} at {Number(TargetUtilization)}",
        CandidateKind.Floor => $"plan P{Number(Quantile * 100)}{Offset} + tracking on {Statistic} at {Number(TargetUtilization)}",
        CandidateKind.Hold => $"plan P{Number(Quantile * 100)}{Offset} alone",
        _ => "no provisioned concurrency",
    };

    /// <summary>Whether the candidate writes planned actions.</summary>
    public bool Plans => Kind is CandidateKind.Floor or CandidateKind.Hold;

    private string Offset => OffsetShare > 0 ? $" + {Number(OffsetShare)} spread" : "";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
