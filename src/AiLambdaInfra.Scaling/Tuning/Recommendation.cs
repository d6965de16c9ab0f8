using System.Globalization;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// The stack owner's tracking settings (<c>scaling.statistic</c>, <c>scaling.targetUtilization</c>,
/// <c>scaling.targetTracking</c>) that the replay measured better than every plan the planner can write. "Better" is the
/// planner's own rule (<see cref="CandidateChoice"/>) run over the writable candidates and the recommendations together:
/// a recommendation is made when that rule would take it and it is measurably better (<see cref="MeasurablyBetter"/>),
/// with the whole replay and with any one of its days left out.
/// The planner never writes the stack owner's keys on its own; <c>ailambda plan --apply-recommendations</c> writes them
/// when asked. A statistic the stack leaves unset is the planner's, and it takes it under its own <c>plannedStatistic</c>.
/// </summary>
public static class Recommendation
{
    /// <summary>
    /// How much cheaper, relative, a recommendation must measure when it does not spill measurably less: the replay's
    /// resolution on spill (<see cref="CandidateChoice.SpillResolution"/>) applied to cost too, so a stack owner's key is
    /// changed only on differences the replay resolves on either axis. With a smaller margin on cost than on spill, a
    /// nightly job taking recommendations swapped the statistic back and forth: one night for fewer cold starts, the next
    /// for a few percent less money.
    /// </summary>
    public const double CostMargin = CandidateChoice.SpillResolution;

    /// <summary>
    /// The recommendation the choice rule would take over every candidate the planner can write, when it is
    /// <see cref="MeasurablyBetter"/> than the chosen plan; null when a writable candidate wins (ties go to the writable
    /// one), the difference is not measurable, or nothing was replayed.
    /// </summary>
    public static CandidateScore? Best(TuningResult? tuning, Func<TuningCandidate, bool>? among = null) =>
        tuning is null ? null : TakenOver(tuning, [.. tuning.Recommendations.Where(r => !r.Candidate.Writable && (among is null || among(r.Candidate)))]);

    /// <summary>
    /// Whether tonight's job may put <paramref name="candidate"/>'s tracking in place: with
    /// <paramref name="applyRecommendations"/> (<c>plan --apply-recommendations</c>) any recommendation; without it, one
    /// that changes only the statistic of a stack that leaves <c>scaling.statistic</c> to the planner
    /// (<see cref="ScalingSettings.StatisticPinned"/> false), which the planner writes under its own <c>plannedStatistic</c>.
    /// </summary>
    public static bool MayTake(TuningCandidate candidate, ScalingSettings scaling, bool applyRecommendations) =>
        applyRecommendations || PlannersOwn(candidate, scaling);

    /// <summary>
    /// The stack key a tracking change's <paramref name="key"/> is written under: the planner's own
    /// <c>plannedStatistic</c> for the statistic of a stack that leaves it unset, else <c>scaling.&lt;key&gt;</c>.
    /// </summary>
    public static string KeyName(string key, bool statisticPinned) =>
        key == "statistic" && !statisticPinned ? "plannedStatistic" : $"scaling.{key}";

    /// <summary>Whether <paramref name="candidate"/>'s tracking differs from <paramref name="scaling"/>'s only in a statistic the stack leaves to the planner.</summary>
    public static bool PlannersOwn(TuningCandidate candidate, ScalingSettings scaling) =>
        !scaling.StatisticPinned && Differences(scaling, Apply(candidate, scaling)) is [("statistic", _, _)];

    /// <summary>
    /// Whether <paramref name="point"/> beats <paramref name="than"/> by more than the replay resolves:
    /// <paramref name="than"/> spills at least 1 + <see cref="CandidateChoice.SpillResolution"/> times as much, or costs
    /// 1 + <see cref="CostMargin"/> times as much. The rule that chose it already weighs one axis against the other.
    /// </summary>
    public static bool MeasurablyBetter(CandidateScore point, CandidateScore than) =>
        point.SpillPercent * (1 + CandidateChoice.SpillResolution) < than.SpillPercent || point.CostRatio * (1 + CostMargin) < than.CostRatio;

    /// <summary>
    /// Whether the plan made under a recommendation (<paramref name="planned"/>, chosen on the full grid of candidates
    /// under the recommended tracking) is one tonight's rule would take over every plan the stack's own tracking allows
    /// (<paramref name="tonight"/>), and measurably better than the one it chose: both are scored on the same replayed
    /// days against the same perfect foresight, so the rule compares them as it compares any two candidates.
    /// </summary>
    public static bool Takes(TuningResult tonight, CandidateScore planned)
    {
        var other = planned.Candidate with { Writable = false };
        var score = planned with { Candidate = other, WithoutEachDay = [.. planned.WithoutEachDay.Select(s => s with { Candidate = other })] };
        return TakenOver(tonight, [score]) is not null;
    }

    /// <summary>
    /// The one of <paramref name="others"/> the rule takes over every writable candidate of tonight's, when measurably
    /// better than tonight's choice, and still so with any one replayed day left out (<see cref="HoldsWithoutEachDay"/>).
    /// </summary>
    private static CandidateScore? TakenOver(TuningResult tonight, IReadOnlyList<CandidateScore> others)
    {
        if (others.Count == 0) return null;
        var joint = Joint(tonight.Candidates, others, tonight.AwsOnly, tonight.BudgetPercent, tonight.Chosen);
        return joint is not null && HoldsWithoutEachDay(tonight, joint) ? joint : null;
    }

    /// <summary>
    /// Whether, in each replay of all days but one, the rule again takes <paramref name="setting"/> over tonight's
    /// candidates and it is measurably better than what the rule chooses from them alone. A key of the stack owner's is a
    /// standing change, and a week's replay is a handful of days: one burst day above the stack's max, or one outage,
    /// moves every candidate's spill by more than the rest of the week together, and the next week need not hold such a
    /// day. Requiring the change to survive leaving out any one day (a jackknife over the days) keeps that day from
    /// carrying it alone; a setting that wins on most days still wins with any one of them gone. Scores without days
    /// (<see cref="CandidateScore.WithoutEachDay"/> empty) have nothing to leave out.
    /// </summary>
    private static bool HoldsWithoutEachDay(TuningResult tonight, CandidateScore setting)
    {
        IReadOnlyList<CandidateScore> all = [.. tonight.Candidates, .. tonight.AwsOnly, setting];
        var days = all.Min(s => s.WithoutEachDay.Count);
        for (var d = 0; d < days; d++)
        {
            List<CandidateScore> candidates = [.. tonight.Candidates.Select(s => s.WithoutEachDay[d])];
            List<CandidateScore> awsOnly = [.. tonight.AwsOnly.Select(s => s.WithoutEachDay[d])];
            var (chosen, _) = CandidateChoice.Choose(candidates, awsOnly, tonight.BudgetPercent);
            if (Joint(candidates, [setting.WithoutEachDay[d]], awsOnly, tonight.BudgetPercent, chosen) is null) return false;
        }
        return true;
    }

    /// <summary>The one of <paramref name="others"/> the rule takes over <paramref name="candidates"/>, when measurably better than <paramref name="chosen"/>; null otherwise.</summary>
    private static CandidateScore? Joint(IReadOnlyList<CandidateScore> candidates, IReadOnlyList<CandidateScore> others, IReadOnlyList<CandidateScore> awsOnly, double budget, CandidateScore chosen)
    {
        var (joint, _) = CandidateChoice.Choose([.. candidates, .. others], awsOnly, budget);
        return others.Contains(joint) && MeasurablyBetter(joint, chosen) ? joint : null;
    }

    /// <summary>
    /// The tracking keys (as under <c>scaling</c>; <see cref="KeyName"/> says where each is written) and plain YAML values
    /// that put <paramref name="candidate"/>'s tracking in place, only those that differ from <paramref name="scaling"/>.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Changes(TuningCandidate candidate, ScalingSettings scaling) =>
        [.. Differences(scaling, Apply(candidate, scaling)).Select(d => new KeyValuePair<string, string>(d.Key, d.After))];

    /// <summary>
    /// The tracking keys (<c>targetTracking</c>, <c>statistic</c>, <c>targetUtilization</c>) whose values differ between
    /// two stacks, each as plain YAML before and after. The statistic is compared as the replay reads it: Maximum, or else
    /// Average (a statistic kept as a secret reads as Average).
    /// </summary>
    public static IReadOnlyList<(string Key, string Before, string After)> Differences(ScalingSettings before, ScalingSettings after)
    {
        var differences = new List<(string, string, string)>();
        if (before.TargetTracking != after.TargetTracking)
            differences.Add(("targetTracking", Yaml(before.TargetTracking), Yaml(after.TargetTracking)));
        var (was, now) = (SelfTuner.Normalise(before.Statistic), SelfTuner.Normalise(after.Statistic));
        if (was != now) differences.Add(("statistic", was, now));
        if (before.TargetUtilization != after.TargetUtilization)
            differences.Add(("targetUtilization", Yaml(before.TargetUtilization), Yaml(after.TargetUtilization)));
        return differences;

        static string Yaml(object value) => value switch
        {
            bool b => b ? "true" : "false",
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            _ => $"{value}",
        };
    }

    /// <summary><paramref name="scaling"/> with <paramref name="candidate"/>'s tracking, as the stack reads it once <see cref="Changes"/> are written.</summary>
    public static ScalingSettings Apply(TuningCandidate candidate, ScalingSettings scaling) => candidate.Kind == CandidateKind.Hold
        ? scaling with { TargetTracking = false }
        : scaling with { TargetTracking = true, Statistic = candidate.Statistic ?? scaling.Statistic, TargetUtilization = candidate.TargetUtilization };
}
