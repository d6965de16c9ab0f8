using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// A horizon plan (one-off <c>at()</c> actions) ends with one more action at the end of its horizon that hands the
/// target back to the stack's own bounds: <c>scaling.min</c> and <c>scaling.max</c>, or what the stack's own scheduled
/// actions hold at that instant. If no new plan lands (a
/// failed nightly job, a plan pull request waiting over a weekend), capacity does not stay at the horizon's last level
/// forever: target tracking serves from the stack's floor. A weekly plan needs nothing of the kind: its cron actions
/// repeat every week.
/// When the plan already uses its whole budget (<c>planner.maxActions</c>, within the 200 per target less the stack's
/// own), two neighbouring actions are merged first, the pair whose merge adds the least capacity·time, always to the
/// higher level, so the plan never falls below what the planner asked for. A budget of one action leaves no room for
/// the hand-back, and the plan goes without it.
/// </summary>
public static class HorizonFloor
{
    /// <summary>The hand-back action's name until <see cref="StableNames"/> gives it its slot's.</summary>
    public const string Name = StableNames.Prefix + "floor";

    /// <summary>The plan's actions with the return to the floor added; the weekly plan's unchanged.</summary>
    public static IReadOnlyList<ScheduledActionSettings> Append(CapacityPlan plan, ScalingSettings scaling, int maxActions)
    {
        if (plan.Mode != PlanMode.Horizon || plan.Actions.Count == 0) return plan.Actions;
        var budget = Math.Min(maxActions, AwsLimits.MaxScheduledActionsPerTarget - scaling.ScheduledActions.Count);
        // A budget of one action has no room for the hand-back beside the plan's one level: adding it would put one action
        // past the budget (and past 200 on the target when the stack's own take the other 199).
        if (budget < 2) return plan.Actions;
        var actions = plan.Actions.ToList();
        var period = new PlanPeriod(plan.Start, plan.End - plan.Start, false, scaling.Timezone);
        while (actions.Count + 1 > budget && actions.Count > 1)
            MergeCheapestPair(actions, period);

        var local = plan.End.InZone(ScheduleExpander.Zone(scaling.Timezone)).LocalDateTime;
        // The bounds the stack's own actions hold then (the stack's own bounds when it has none), so the hand-back does
        // not take away a min one of them raised.
        var yours = ScheduleExpander.OwnStateAt(scaling, plan.End);
        var floor = new ScheduledActionSettings
        {
            Name = Name,
            Schedule = $"at({local:yyyy'-'MM'-'dd'T'HH':'mm':'ss})",
            Timezone = scaling.Timezone,
            Min = yours.Min,
            Max = yours.Max,
        };
        return [.. actions, floor];
    }

    private static void MergeCheapestPair(List<ScheduledActionSettings> actions, PlanPeriod period)
    {
        var minutes = period.Place(actions).Select(a => a.Minute ?? 0).Append(period.Minutes).ToArray();
        var best = -1;
        long bestCost = long.MaxValue;
        for (var i = 1; i < actions.Count; i++)
        {
            var (a, b) = (Level(actions[i - 1]), Level(actions[i]));
            var top = Math.Max(a, b);
            var cost = (long)(top - a) * (minutes[i] - minutes[i - 1]) + (long)(top - b) * (minutes[i + 1] - minutes[i]);
            if (cost < bestCost)
            {
                best = i;
                bestCost = cost;
            }
        }
        var (earlier, later) = (actions[best - 1], actions[best]);
        if (Level(later) > Level(earlier)) actions[best - 1] = earlier with { Min = later.Min, Max = later.Max };
        actions.RemoveAt(best);
    }

    private static int Level(ScheduledActionSettings action) => action.Min ?? action.Max ?? 0;
}
