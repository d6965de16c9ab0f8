using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// A night whose self-tuning chooses tracking alone: last night's planned actions stay on the target, each set to the
/// bounds the stack's own actions hold when it next runs (<c>scaling.min</c>/<c>scaling.max</c> when it has none).
/// Deleting them instead would leave the target at whatever min the last one to run had set: Application Auto Scaling
/// keeps the capacities a scheduled action set after the action is gone, and the deploy does not re-register the
/// target's own bounds (https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html).
/// Kept as they were, a weekly plan's floors would be billed for as long as tracking alone stays the choice. Handed back
/// in place, they cost nothing, change no name and count no more against the 200 per target; the next plan with actions
/// updates them again. An action that never runs again (a past <c>at()</c>) is left as it is.
/// </summary>
public static class NeutralPlan
{
    /// <summary>Each of <paramref name="previous"/> with the bounds the stack's own actions hold when it next runs in <paramref name="period"/>.</summary>
    public static IReadOnlyList<StabilizedAction> Of(IReadOnlyList<ScheduledActionSettings> previous, ScalingSettings scaling, PlanPeriod period)
    {
        var result = new List<StabilizedAction>(previous.Count);
        foreach (var action in previous)
        {
            var next = ScheduleExpander.Firings([action], period.Timezone, period.Start, period.Start + Duration.FromDays(8));
            if (next.Count == 0)
            {
                result.Add(new StabilizedAction(action, KeepsName: true));
                continue;
            }
            var at = next[0].At;
            var yours = ScheduleExpander.Timeline(scaling.ScheduledActions, scaling.Timezone, at, at + Duration.FromMinutes(1), scaling.Min, scaling.Max)[0];
            var min = period.Cyclic
                ? UserFloor.Recurring(scaling.ScheduledActions, scaling.Timezone, scaling.Min, scaling.Max, [at])?[0] ?? scaling.Min
                : yours.Min;
            result.Add(new StabilizedAction(action with { Min = min, Max = Math.Max(min, yours.Max) }, KeepsName: true));
        }
        return result;
    }
}
