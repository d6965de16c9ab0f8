using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Rules of the user's <c>scaling.scheduledActions</c> and the planner's <c>plannedActions</c>, which share one
/// scalable target. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html
/// </summary>
internal static partial class ScheduledActionRules
{
    public static void Check(StackSettings settings, RuleErrors errors)
    {
        var user = settings.Scaling.ScheduledActions;
        var planned = settings.PlannedActions;
        var total = user.Count + planned.Count;
        if (user.Count >= AwsLimits.MaxScheduledActionsPerTarget)
            errors.Add("scaling.scheduledActions",
                $"`scaling.scheduledActions` holds {user.Count} actions; AWS allows at most {AwsLimits.MaxScheduledActionsPerTarget} per scalable target, and the planner needs at least one of them. Keep at most {AwsLimits.MaxScheduledActionsPerTarget - 1}: merge actions with the same capacity into one cron expression, or remove some.");
        else if (total > AwsLimits.MaxScheduledActionsPerTarget)
            errors.Add("scaling.scheduledActions",
                $"The scalable target would have {total} scheduled actions ({user.Count} in `scaling.scheduledActions`, {planned.Count} in `plannedActions`); AWS allows at most {AwsLimits.MaxScheduledActionsPerTarget} per target. Remove at least {total - AwsLimits.MaxScheduledActionsPerTarget} {(total - AwsLimits.MaxScheduledActionsPerTarget == 1 ? "entry" : "entries")} from `plannedActions` (`ailambda plan` refuses the file until then, and writes them again within `planner.maxActions`: keep that at most {AwsLimits.MaxScheduledActionsPerTarget - user.Count}, the {AwsLimits.MaxScheduledActionsPerTarget} less your {user.Count}), or remove actions of your own.");

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var indexed = user.Select((a, i) => (Action: a, Key: $"scaling.scheduledActions[{i}]"))
            .Concat(planned.Select((a, i) => (Action: a, Key: $"plannedActions[{i}]")));
        foreach (var (action, key) in indexed)
        {
            CheckName(action.Name, key, seen, errors);
            if (action.Schedule.Length > 0 && ScheduleExpression.Check(action.Schedule) is { } problem)
                errors.Add($"{key}.schedule", $"`{key}.schedule` {problem}");
            if (action.Timezone is not null)
                TimeZoneRule.Check($"{key}.timezone", action.Timezone, errors);
            if (action.StartTime is { } start && action.EndTime is { } end && start >= end)
                errors.Add($"{key}.startTime",
                    $"`{key}.startTime` ({start:yyyy-MM-dd'T'HH:mm:ssK}) must be before its endTime ({end:yyyy-MM-dd'T'HH:mm:ssK}).");
            CheckCapacities(action, key, settings.Scaling, errors);
        }
    }

    private static void CheckName(string name, string key, Dictionary<string, string> seen, RuleErrors errors)
    {
        if (name.Length == 0) return;
        if (!ActionName().IsMatch(name))
            errors.Add($"{key}.name",
                $"`{key}.name` must be 1 to {AwsLimits.MaxScheduledActionNameLength} characters without ':', '/', '|', control characters or spaces at either end, got {Printable.Quoted(name)}.");
        if (seen.TryGetValue(name, out var first))
            errors.Add($"{key}.name",
                $"`{key}.name` {Printable.Quoted(name)} is already used by `{first}`: scheduled action names must be unique on the target. Rename one of them.");
        else
            seen[name] = key;
    }

    /// <summary>
    /// An action sets the scalable target's min and max; both must stay within the stack's <c>scaling.min</c>..<c>scaling.max</c>,
    /// the range every other rule (reserved concurrency, the account's unreserved pool, alarms) was checked against.
    /// </summary>
    private static void CheckCapacities(ScheduledActionSettings action, string key, ScalingSettings scaling, RuleErrors errors)
    {
        if (action.Min is null && action.Max is null)
            errors.Add(key, $"`{key}` must set min, max or both: an action that sets neither changes nothing.");
        if (scaling.Min <= scaling.Max)
        {
            CheckWithinStack(action, key, "min", action.Min, scaling, errors);
            CheckWithinStack(action, key, "max", action.Max, scaling, errors);
        }
        if (action is { Min: { } low, Max: { } high } && low > high)
            errors.Add($"{key}.min", $"`{key}.min` ({low}) must not be above its max ({high}).");
    }

    private static void CheckWithinStack(ScheduledActionSettings action, string key, string field, int? value, ScalingSettings scaling, RuleErrors errors)
    {
        if (value is not { } v || (v >= scaling.Min && v <= scaling.Max)) return;
        var fix = v > scaling.Max ? $"Lower it to {scaling.Max} or less, or raise scaling.max." : $"Raise it to {scaling.Min} or more, or lower scaling.min.";
        errors.Add($"{key}.{field}",
            $"`{key}.{field}` of action {Printable.Quoted(action.Name)} must be within `scaling.min`..`scaling.max` ({scaling.Min}..{scaling.Max}), got {v}. {fix}");
    }

    [GeneratedRegex(@"^(?! )[^:/|\x00-\x1f\x7f-\x9f]{1,256}(?<! )$")]
    private static partial Regex ActionName();
}
