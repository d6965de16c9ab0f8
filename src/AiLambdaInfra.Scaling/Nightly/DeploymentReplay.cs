using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Replays what <c>pulumi up</c> does to the scheduled actions on one scalable target. Pulumi steps through the
/// program's resources in dependency order, creating and updating; resources the program no longer declares are
/// deleted at the end, after every create and update (https://www.pulumi.com/docs/iac/guides/basics/how-pulumi-works/;
/// a replacement also creates before it deletes by default,
/// https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/). An update that failed halfway leaves its
/// deletes pending, and the next one runs them first (github.com/pulumi/pulumi/issues/9979): that only lowers the count.
/// The component chains the actions (each depends on the one before), so that order is the list's order. A changed
/// name is a different logical name (<c>&lt;component&gt;-schedule-&lt;name&gt;</c>): a create now and a delete at the end.
/// Application Auto Scaling allows 200 scheduled actions per scalable target and rejects one more with
/// <c>LimitExceededException</c> (https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-quotas.html),
/// so the peak of the replay, not the final count, is what must stay within it.
/// </summary>
public static class DeploymentReplay
{
    /// <summary>The operations that take the target from <paramref name="before"/> to <paramref name="after"/> (each the full list on the target, the stack's own actions included).</summary>
    /// <param name="before">The actions the target holds now.</param>
    /// <param name="after">The actions the program declares, in the order it chains them.</param>
    /// <param name="defaultTimezone"><c>scaling.timezone</c>, which the component gives actions that name none.</param>
    public static ScheduledActionDiff Diff(IReadOnlyList<ScheduledActionSettings> before, IReadOnlyList<ScheduledActionSettings> after, string defaultTimezone)
    {
        var old = new Dictionary<string, ScheduledActionSettings>(StringComparer.Ordinal);
        foreach (var action in before) old[action.Name] = action;
        var declared = new HashSet<string>(after.Select(a => a.Name), StringComparer.Ordinal);

        var creates = new List<ActionChange>();
        var updates = new List<ActionChange>();
        var deletes = new List<ActionChange>();
        var steps = new List<DeploymentStep>();
        var unchanged = 0;
        var count = old.Count;
        foreach (var action in after)
        {
            if (!old.TryGetValue(action.Name, out var was))
            {
                creates.Add(new ActionChange(action.Name, null, action));
                steps.Add(new DeploymentStep(DeploymentOperation.Create, action.Name, ++count));
            }
            else if (!SameInputs(was, action, defaultTimezone))
            {
                updates.Add(new ActionChange(action.Name, was, action));
                steps.Add(new DeploymentStep(DeploymentOperation.Update, action.Name, count));
            }
            else unchanged++;
        }
        // Deleted in reverse dependency order: the last of the chain first.
        foreach (var action in before.Reverse().Where(a => !declared.Contains(a.Name)))
        {
            deletes.Add(new ActionChange(action.Name, action, null));
            steps.Add(new DeploymentStep(DeploymentOperation.Delete, action.Name, --count));
        }
        return new ScheduledActionDiff(creates, updates, deletes, unchanged, old.Count, steps);
    }

    /// <summary>Whether the provider sees no change: same schedule, zone (as the component resolves it), window and min/max.</summary>
    public static bool SameInputs(ScheduledActionSettings a, ScheduledActionSettings b, string defaultTimezone) =>
        a.Schedule == b.Schedule
        && (a.Timezone ?? defaultTimezone) == (b.Timezone ?? defaultTimezone)
        && a.StartTime == b.StartTime && a.EndTime == b.EndTime
        && a.Min == b.Min && a.Max == b.Max;
}
