using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// A night whose self-tuning chooses tracking alone: last night's planned actions that will run again stay on the
/// target, each set to the bounds the stack's own actions hold when it next runs (<c>scaling.min</c>/<c>scaling.max</c>
/// when it has none). Deleting them instead would leave the target at whatever min the last one to run had set:
/// Application Auto Scaling keeps the capacities a scheduled action set after the action is gone, and the deploy does
/// not re-register the target's own bounds
/// (https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html).
/// Kept as they were, a weekly plan's floors would be billed for as long as tracking alone stays the choice. Handed back
/// in place they cost nothing and keep their names; the next plan with actions updates them again. An action that never
/// runs again (a past <c>at()</c>) changes nothing on the target and is left as it is, so the night stays a few updates.
/// Past the budget (<c>planner.maxActions</c>, within the 200 less the stack's own), the ones that never run again go
/// first, then those that run last: the first to run hands the target back, and the rest repeat what the stack's own
/// actions hold.
/// </summary>
public static class NeutralPlan
{
    /// <summary>
    /// <paramref name="previous"/>, each that runs again in the next 8 days set to the bounds the stack's own actions hold
    /// when it does, at most <paramref name="budget"/> of them.
    /// </summary>
    public static IReadOnlyList<StabilizedAction> Of(IReadOnlyList<ScheduledActionSettings> previous, ScalingSettings scaling, PlanPeriod period, int budget)
    {
        var due = previous.Select(action =>
        {
            var next = ScheduleExpander.Firings([action], period.Timezone, period.Start, period.Start + Duration.FromDays(8));
            return (At: next.Count > 0 ? next[0].At : (Instant?)null, Action: action);
        }).ToList();
        return due.OrderBy(d => d.At is null).ThenBy(d => d.At).Take(budget).Select(d =>
        {
            if (d.At is not { } at) return new StabilizedAction(d.Action, KeepsName: true);
            var yours = ScheduleExpander.OwnStateAt(scaling, at);
            return new StabilizedAction(d.Action with { Min = yours.Min, Max = Math.Max(yours.Min, yours.Max) }, KeepsName: true);
        }).ToList();
    }
}
