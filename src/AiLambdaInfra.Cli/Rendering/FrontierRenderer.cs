using System.Globalization;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>
/// The self-tuning's trade-off on the terminal: spill against cost ÷ perfect foresight for every candidate the planner
/// can write, the AWS-only options and the chosen point, the rule that chose it, and the stack settings that would do
/// better, with their measured effect and whose key each is (the stack owner's, written only by
/// <c>plan --apply-recommendations</c>; or the planner's own statistic, which <c>plan</c> takes itself).
/// </summary>
internal static class FrontierRenderer
{
    /// <param name="o">Where to write.</param>
    /// <param name="tuning">The self-tuning's result, or null when it was skipped.</param>
    /// <param name="fallbackQuantile">The quantile planned when it was skipped.</param>
    /// <param name="scaling">The stack's tracking, against which a recommendation's keys are named.</param>
    /// <param name="declined">Whether --apply-recommendations tried tonight's recommendation and did not apply it.</param>
    public static void Write(TextWriter o, TuningResult? tuning, double fallbackQuantile, ScalingSettings scaling, bool declined = false)
    {
        o.WriteLine();
        if (tuning is null)
        {
            o.WriteLine($"Self-tuning skipped: the history holds fewer than {SelfTuner.MinimumReplayDays} days to replay; the plan covers `planner.quantile` (P{fallbackQuantile * 100:0}).");
            return;
        }
        o.WriteLine($"Self-tuning: the last {tuning.ReplayDays} days replayed, each planned only from the days before it, through the Application Auto Scaling emulator; budget {Number(tuning.BudgetPercent)} % spill (`planner.spillBudgetPercent`).");
        o.WriteLine($"{"option",-46} {"spill %",8} {"× perfect foresight",20}  ");
        var frontier = tuning.Frontier;
        foreach (var s in tuning.Candidates.OrderBy(s => s.CostRatio))
            Row(o, s, s == tuning.Chosen ? "chosen" : frontier.Contains(s) ? "frontier" : "");
        foreach (var s in tuning.AwsOnly.Where(a => !tuning.Candidates.Contains(a)))
            Row(o, s, "AWS only");
        o.WriteLine($"Chosen: {tuning.Chosen.Candidate.Name}, by the rule: {tuning.Rule}");
        if (Recommendation.Best(tuning) is { } r)
        {
            var plannersOwn = Recommendation.PlannersOwn(r.Candidate, scaling);
            var whose = (plannersOwn, declined) switch
            {
                (true, true) => "the planner's statistic; tried and not taken, see above",
                (true, false) => "the planner's statistic, as `scaling.statistic` is unset; `plan` takes it when the plan made with it is one its rule takes",
                (false, true) => "your key; tried and not applied, see above",
                (false, false) => "your key; written only by `plan --apply-recommendations`",
            };
            o.WriteLine($"Recommendation ({whose}): {Keys(Recommendation.Changes(r.Candidate, scaling), scaling.StatisticPinned)} would let the same rule choose {r.Candidate.Name}: "
                        + $"spill {r.SpillPercent:0.000} % at {r.CostRatio:0.000}× instead of {tuning.Chosen.SpillPercent:0.000} % at {tuning.Chosen.CostRatio:0.000}×.");
        }
        else
            o.WriteLine("No other tracking statistic or target measured better on this history; nothing to recommend.");
    }

    /// <summary>The stack keys a change of tracking writes, as YAML, each under the key it is written to (<see cref="Recommendation.KeyName"/>).</summary>
    public static string Keys(IEnumerable<KeyValuePair<string, string>> changes, bool statisticPinned) =>
        string.Join(", ", changes.Select(k => $"`{Recommendation.KeyName(k.Key, statisticPinned)}: {k.Value}`"));

    private static void Row(TextWriter o, CandidateScore s, string note) =>
        o.WriteLine($"{s.Candidate.Name,-46} {s.SpillPercent,8:0.000} {s.CostRatio,20:0.000}  {note}");

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
