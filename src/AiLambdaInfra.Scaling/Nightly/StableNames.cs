using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Names tonight's actions so that a re-plan is mostly in-place updates. The Pulumi logical name of a scheduled action
/// follows its name (<c>&lt;component&gt;-schedule-&lt;name&gt;</c>), and in the AWS provider only the name, service
/// namespace, resource id and scalable dimension force a replacement while schedule, time zone, start and end time and
/// min/max update in place (<c>ForceNew</c> on exactly those four in the provider's
/// <c>internal/service/appautoscaling/scheduled_action.go</c>, github.com/hashicorp/terraform-provider-aws, which
/// pulumi-aws bridges; https://www.pulumi.com/registry/packages/aws/api-docs/appautoscaling/scheduledaction/).
/// So:
/// <list type="number">
/// <item>a kept action keeps its name;</item>
/// <item>every other action takes a name last night's plan no longer uses, the one whose first run was nearest in time,
/// so it is updated in place (a name from an <c>at()</c> action that has already run is free too);</item>
/// <item>only when tonight has more actions than last night are names created: <c>planned-NNN</c>, the lowest number
/// no action on the target uses.</item>
/// </list>
/// Names carry no time: a slot is an identity, and its schedule is a value that may change.
/// </summary>
public static class StableNames
{
    /// <summary>Prefix of every name the planner creates.</summary>
    public const string Prefix = "planned-";

    /// <summary>Tonight's actions, named; in the order given.</summary>
    /// <param name="actions">The stabilized actions: kept ones carry last night's name.</param>
    /// <param name="previous">Last night's planned actions.</param>
    /// <param name="reserved">Names other actions on the target use (the stack's own), which a planned action must not take.</param>
    /// <param name="period">The plan's span, to find the nearest free name.</param>
    public static IReadOnlyList<ScheduledActionSettings> Assign(IReadOnlyList<StabilizedAction> actions,
        IReadOnlyList<ScheduledActionSettings> previous, IEnumerable<string> reserved, PlanPeriod period)
    {
        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);
        foreach (var kept in actions.Where(a => a.KeepsName)) taken.Add(kept.Action.Name);
        var free = period.Place(previous.Where(p => !taken.Contains(p.Name))).ToList();
        var placed = period.Place(actions.Select(a => a.Action));

        var result = new ScheduledActionSettings[actions.Count];
        for (var i = 0; i < actions.Count; i++)
            if (actions[i].KeepsName) result[i] = actions[i].Action;

        // Nearest free name first, for the actions in time order; names of actions that no longer run go last.
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i].KeepsName || free.Count == 0) continue;
            var best = 0;
            for (var j = 1; j < free.Count; j++)
                if (Distance(free[j], placed[i], period) < Distance(free[best], placed[i], period)) best = j;
            result[i] = actions[i].Action with { Name = free[best].Action.Name };
            taken.Add(free[best].Action.Name);
            free.RemoveAt(best);
        }

        var number = 1;
        for (var i = 0; i < actions.Count; i++)
        {
            if (result[i] is not null) continue;
            while (taken.Contains(NameFor(number))) number++;
            result[i] = actions[i].Action with { Name = NameFor(number) };
            taken.Add(NameFor(number));
        }
        return result;
    }

    /// <summary>The created name of slot <paramref name="number"/>: <c>planned-001</c>.</summary>
    public static string NameFor(int number) => $"{Prefix}{number:000}";

    private static long Distance(PlacedAction free, PlacedAction action, PlanPeriod period) =>
        free.Minute is { } m && action.Minute is { } a ? Math.Abs(period.Offset(a, m)) : long.MaxValue;
}
