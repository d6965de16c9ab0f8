using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Post-processes a fresh plan into what the nightly job writes: a horizon plan ends at the stack's floor
/// (<see cref="HorizonFloor"/>), last night's actions are kept where they still cover tonight's
/// (<see cref="PlanStabilizer"/>) or, when tonight's plan has none, handed back in place (<see cref="NeutralPlan"/>), every action gets a stable name (<see cref="StableNames"/>), and the change to the
/// target is replayed in Pulumi's order (<see cref="DeploymentReplay"/>). Pure: the stack file's settings and the fresh
/// plan in, the plan to write out.
/// </summary>
public static class NightlyPlanner
{
    /// <summary>Tonight's plan against <paramref name="settings"/>' current <see cref="StackSettings.PlannedActions"/>.</summary>
    public static NightlyPlan Stabilize(CapacityPlan fresh, StackSettings settings)
    {
        var scaling = settings.Scaling;
        var own = scaling.ScheduledActions;
        var previous = settings.PlannedActions;
        var withFloor = HorizonFloor.Append(fresh, scaling, settings.Planner.MaxActions);
        var period = PlanPeriod.Of(fresh, scaling.Timezone);
        var stabilized = withFloor.Count == 0
            ? NeutralPlan.Of(previous, scaling, period, fresh.ActionBudget)
            : PlanStabilizer.Stabilize(previous, withFloor, period, scaling.Min, scaling.Max, fresh.ActionBudget, OwnFloor(scaling, period));
        // Written in name order, not time order: a weekly plan starts a day later every night, and a list in time order
        // would move a day's actions from its top to its bottom, a diff of hundreds of lines that changes nothing.
        var named = StableNames.Assign(stabilized, previous, own.Select(a => a.Name), period).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        // What the target does: the stack's own actions merged with the planned ones, as the fresh plan's timeline is.
        var timeline = CapacityPlanner.TargetTimeline(PlanRequest.From(scaling, settings.Planner, fresh.Start), named, fresh.Start, fresh.End);
        var diff = DeploymentReplay.Diff([.. own, .. previous], [.. own, .. named], scaling.Timezone);
        var kept = named.Count(a => previous.Any(p => p.Name == a.Name && DeploymentReplay.SameInputs(p, a, scaling.Timezone)));
        return new NightlyPlan(fresh with { Actions = named, Timeline = timeline }, fresh.Actions, kept, diff);
    }

    /// <summary>The min the stack's own actions hold at each minute of the period, as the planner floors its levels (<see cref="UserFloor"/>).</summary>
    private static int[]? OwnFloor(ScalingSettings scaling, PlanPeriod period) =>
        UserFloor.At(scaling.ScheduledActions, scaling.Timezone, scaling.Min, scaling.Max, period.Start, (int)period.Minutes);
}
