using System.Globalization;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// The stack owner's tracking settings (<c>scaling.statistic</c>, <c>scaling.targetUtilization</c>,
/// <c>scaling.targetTracking</c>) that the replay measured better than every plan the planner can write. "Better" is the
/// planner's own rule (<see cref="CandidateChoice"/>) run over the writable candidates and the recommendations together:
/// a recommendation is made when that rule would take it and it is measurably better (<see cref="SpillMargin"/>). The planner never writes these keys on its own; <c>ailambda
/// plan --apply-recommendations</c> writes them when asked.
/// </summary>
public static class Recommendation
{
    /// <summary>Keys under <c>scaling</c> a recommendation may set.</summary>
    public static readonly IReadOnlyList<string> Keys = ["targetTracking", "statistic", "targetUtilization"];

    /// <summary>
    /// How much fewer cold starts, relative, a recommendation must measure than the plan the rule chose to be made, unless
    /// it is cheaper by <see cref="CostMargin"/>. A week's replay cannot resolve smaller differences in spill (one burst
    /// day moves every candidate by more), and a nightly job applying recommendations would otherwise flip the stack's
    /// statistic back and forth on them.
    /// </summary>
    public const double SpillMargin = 0.05;

    /// <summary>How much cheaper, relative, a recommendation must measure to be made when it does not spill <see cref="SpillMargin"/> less.</summary>
    public const double CostMargin = 0.01;

    /// <summary>
    /// The recommendation the choice rule would take over every candidate the planner can write, when it is measurably
    /// better than the chosen plan (<see cref="SpillMargin"/>, <see cref="CostMargin"/>); null when a writable candidate
    /// wins (ties go to the writable one), the difference is within the margins, or nothing was replayed.
    /// </summary>
    public static CandidateScore? Best(TuningResult? tuning)
    {
        if (tuning is null) return null;
        var others = tuning.Recommendations.Where(r => !r.Candidate.Writable).ToList();
        if (others.Count == 0) return null;
        var (joint, _) = CandidateChoice.Choose([.. tuning.Candidates, .. others], tuning.AwsOnly, tuning.BudgetPercent);
        if (!others.Contains(joint)) return null;
        var chosen = tuning.Chosen;
        var fewerColdStarts = joint.SpillPercent * (1 + SpillMargin) < chosen.SpillPercent;
        var cheaper = joint.CostRatio * (1 + CostMargin) < chosen.CostRatio;
        return fewerColdStarts || cheaper ? joint : null;
    }

    /// <summary>The <c>scaling</c> keys and plain YAML values that put <paramref name="candidate"/>'s tracking in place, only those that differ from <paramref name="scaling"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Changes(TuningCandidate candidate, ScalingSettings scaling)
    {
        if (candidate.Kind == CandidateKind.Hold)
            return scaling.TargetTracking ? [new("targetTracking", "false")] : [];
        var changes = new List<KeyValuePair<string, string>>();
        if (!scaling.TargetTracking) changes.Add(new("targetTracking", "true"));
        if (!string.Equals(candidate.Statistic, scaling.Statistic, StringComparison.OrdinalIgnoreCase))
            changes.Add(new("statistic", candidate.Statistic ?? Defaults.Statistic));
        if (candidate.TargetUtilization != scaling.TargetUtilization)
            changes.Add(new("targetUtilization", candidate.TargetUtilization.ToString("0.###", CultureInfo.InvariantCulture)));
        return changes;
    }

    /// <summary><paramref name="scaling"/> with <paramref name="candidate"/>'s tracking, as the stack reads it once <see cref="Changes"/> are written.</summary>
    public static ScalingSettings Apply(TuningCandidate candidate, ScalingSettings scaling) => candidate.Kind == CandidateKind.Hold
        ? scaling with { TargetTracking = false }
        : scaling with { TargetTracking = true, Statistic = candidate.Statistic ?? scaling.Statistic, TargetUtilization = candidate.TargetUtilization };
}
