using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Consecutive nights of the nightly job as production lives them: each night plans from the demand before it (never
/// after) with <see cref="PlanningPipeline"/>, stabilizes against the plan the stack file holds from the night before
/// (<see cref="NightlyPlanner"/>), and the deployment of that change is replayed in Pulumi's order
/// (<see cref="DeploymentReplay"/>). The day after each night is played through the <see cref="AutoScalingEmulator"/>
/// with target tracking, once under the fresh plans and once under the stabilized ones, and scored by
/// <see cref="Scorer"/>: the cost of smoothing.
/// </summary>
public static class NightlyReplay
{
    private static readonly Duration Day = Duration.FromDays(1);

    /// <param name="demand">Concurrency per minute (the trace scaled to the function).</param>
    /// <param name="settings">The stack's settings; its planned actions are the plan deployed before the first night.</param>
    /// <param name="firstNight">When the first job runs; at least a day into the trace.</param>
    /// <param name="nights">How many consecutive nights; the days after them are played as far as the trace goes.</param>
    /// <param name="workload">The function's mean duration and memory.</param>
    /// <param name="prices">Lambda prices for the scores.</param>
    public static NightlyReplayResult Run(ConcurrencyDemand demand, StackSettings settings, Instant firstNight, int nights, Workload workload, LambdaPrices prices)
    {
        var trace = demand.Concurrency;
        var scaling = settings.Scaling;
        var own = scaling.ScheduledActions;
        var previous = settings.PlannedActions;
        IReadOnlyList<ScheduledActionSettings> previousFresh = settings.PlannedActions;
        var rows = new List<NightlyReplayNight>();
        var freshChanges = new List<ScheduledChange>();
        var stabilizedChanges = new List<ScheduledChange>();
        for (var n = 0; n < nights; n++)
        {
            var night = firstNight + Day * n;
            var seen = trace.Before(trace.IndexOf(night));
            var history = new DemandSeries(seen.Start, Duration.FromMinutes(1), seen.Values);
            var fresh = PlanningPipeline.Run(history, scaling, settings.Planner, night).Plan;
            var nightly = NightlyPlanner.Stabilize(fresh, settings with { PlannedActions = previous });
            var unstabilized = DeploymentReplay.Diff([.. own, .. previousFresh], [.. own, .. fresh.Actions], scaling.Timezone);
            rows.Add(new NightlyReplayNight(night, fresh.Mode, nightly.Plan.Actions.Count, nightly.Kept, nightly.Diff, unstabilized,
                LineDiff.Count(Lines(previous), Lines(nightly.Plan.Actions)), LineDiff.Count(Lines(previousFresh), Lines(fresh.Actions))));
            freshChanges.AddRange(DayOf(fresh.Timeline, night));
            stabilizedChanges.AddRange(DayOf(nightly.Plan.Timeline, night));
            previous = nightly.Plan.Actions;
            previousFresh = fresh.Actions;
        }

        var playStart = trace.IndexOf(firstNight);
        var minutes = Math.Min(nights * 24 * 60, trace.Minutes - playStart); // the last day may run past the trace
        var played = demand with { Concurrency = trace.Slice(playStart, minutes) };
        var userChanges = ScheduleExpander.Firings(own, scaling.Timezone, firstNight, firstNight + Duration.FromMinutes(minutes))
            .Select(f => new ScheduledChange(f.At, f.Action.Min, f.Action.Max)).ToList();
        return new NightlyReplayResult(rows,
            LastWeekReplay.Score("fresh plans", played, [.. freshChanges, .. userChanges], settings, workload, prices).Score,
            LastWeekReplay.Score("stabilized plans", played, [.. stabilizedChanges, .. userChanges], settings, workload, prices).Score);
    }

    private static string[] Lines(IReadOnlyList<ScheduledActionSettings> actions) =>
        PlannedActionsWriter.Render(actions, "  ", "\n").Split('\n');

    private static IEnumerable<ScheduledChange> DayOf(IReadOnlyList<CapacityChange> timeline, Instant night) =>
        timeline.Where(c => c.At >= night && c.At < night + Day).Select(c => new ScheduledChange(c.At, c.Min, c.Max));
}
