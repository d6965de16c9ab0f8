using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Plays the last week of the function's history through the <see cref="AutoScalingEmulator"/> under the old and the
/// new scheduled actions (with the stack's target tracking), and scores both with <see cref="Scorer"/>: what a reviewer
/// of the nightly pull request sees of the change on real traffic. Weekly cron actions run as written; a one-off
/// <c>at()</c> action is moved by whole weeks into the replayed week, so a horizon plan is replayed on the same
/// weekdays and times. History coarser than a minute is held flat over each of its periods.
/// </summary>
public static class LastWeekReplay
{
    private static readonly Duration Week = Duration.FromDays(7);

    /// <summary>
    /// The week under both sets of actions; the old ones with <paramref name="oldScaling"/>'s tracking when given (a change
    /// that also rewrites the stack's tracking keys), otherwise both with <paramref name="settings"/>'.
    /// </summary>
    public static ReplayedWeek Play(DemandSeries history, IReadOnlyList<ScheduledActionSettings> oldActions, IReadOnlyList<ScheduledActionSettings> newActions,
        StackSettings settings, double meanDurationSeconds, LambdaPrices prices, ScalingSettings? oldScaling = null)
    {
        var from = Instant.Max(history.Start, history.End - Week);
        var week = history.Slice(from, history.End);
        var repeat = Math.Max(1, (int)week.Step.TotalMinutes);
        var perMinute = week.Values.SelectMany(v => Enumerable.Repeat(v, repeat)).ToArray();
        var played = new ConcurrencyDemand(new DemandTrace(week.Start, perMinute), meanDurationSeconds);
        var workload = new Workload(meanDurationSeconds, settings.Function.MemoryMb);
        var to = week.Start + Duration.FromMinutes(perMinute.Length);
        var oldSettings = oldScaling is null ? settings : settings with { Scaling = oldScaling };
        var (oldScore, oldServing) = Score("old plan", played, Changes(oldActions, settings.Scaling.Timezone, week.Start, to), oldSettings, workload, prices);
        var (newScore, newServing) = Score("new plan", played, Changes(newActions, settings.Scaling.Timezone, week.Start, to), settings, workload, prices);
        return new ReplayedWeek(played, oldScore, newScore, oldServing, newServing);
    }

    private static List<ScheduledChange> Changes(IReadOnlyList<ScheduledActionSettings> actions, string timezone, Instant from, Instant to)
    {
        var changes = new List<ScheduledChange>();
        foreach (var action in actions)
        {
            var oneOff = action.Schedule.TrimStart().StartsWith("at(", StringComparison.Ordinal);
            if (!oneOff && !action.Schedule.TrimStart().StartsWith("cron(", StringComparison.Ordinal)) continue; // rate() has no fixed times to replay
            var window = oneOff ? (From: from - Week * 60, To: to + Week * 60) : (From: from, To: to);
            foreach (var firing in ScheduleExpander.Firings([action], timezone, window.From, window.To))
            {
                var at = firing.At;
                if (oneOff) at -= Week * (long)Math.Floor((at - from) / Week);
                if (at >= from && at < to) changes.Add(new ScheduledChange(at, action.Min, action.Max));
            }
        }
        return changes;
    }

    /// <summary>Plays <paramref name="changes"/> with the stack's target tracking and scores the result.</summary>
    internal static (PolicyScore Score, int[] Serving) Score(string name, ConcurrencyDemand played, List<ScheduledChange> changes, StackSettings settings, Workload workload, LambdaPrices prices)
    {
        var scaling = settings.Scaling;
        var concurrency = played.Concurrency.Values;
        var peaks = concurrency.Select(c => MinutePeak.Estimate(c, workload.MeanDurationSeconds)).ToArray();
        var initial = changes.OrderBy(c => c.At).FirstOrDefault(c => c.Min is not null)?.Min ?? scaling.Min;
        var run = AutoScalingEmulator.Run(new EmulatorInput(played.Concurrency.Start, concurrency, peaks, scaling.Min, scaling.Max, initial, changes,
            scaling.Autoscaling && scaling.TargetTracking ? scaling : null, settings.Planner.AllocationMinutes));
        var score = Scorer.Score(name, played, run.Serving, workload, prices, BacktestDefaults.KeepAliveMinutes, BacktestDefaults.InitMs, null, run.ScaleOuts, run.ScaleIns);
        return (score, run.Serving);
    }
}
