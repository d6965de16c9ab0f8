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
        if (total > AwsLimits.MaxScheduledActionsPerTarget)
            errors.Add("scaling.scheduledActions",
                $"The scalable target would have {total} scheduled actions ({user.Count} in `scaling.scheduledActions`, {planned.Count} in `plannedActions`); AWS allows at most {AwsLimits.MaxScheduledActionsPerTarget} per target. Lower `planner.maxActions` and run `ailambda plan` again, or remove actions.");

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var cap = settings.Scaling.AccountConcurrencyLimit - AwsLimits.UnreservedConcurrencyFloor;
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
            CheckCapacities(action, key, cap, errors);
        }
    }

    private static void CheckName(string name, string key, Dictionary<string, string> seen, RuleErrors errors)
    {
        if (name.Length == 0) return;
        if (!ActionName().IsMatch(name))
            errors.Add($"{key}.name",
                $"`{key}.name` must be 1 to {AwsLimits.MaxScheduledActionNameLength} characters without ':', '/', '|', control characters or spaces at either end, got \"{name}\".");
        if (seen.TryGetValue(name, out var first))
            errors.Add($"{key}.name",
                $"`{key}.name` \"{name}\" is already used by `{first}`: scheduled action names must be unique on the target. Rename one of them.");
        else
            seen[name] = key;
    }

    private static void CheckCapacities(ScheduledActionSettings action, string key, int cap, RuleErrors errors)
    {
        if (action.Min is null && action.Max is null)
            errors.Add(key, $"`{key}` must set min, max or both: an action that sets neither changes nothing.");
        if (action.Min is { } min && (min < 0 || min > cap))
            errors.Add($"{key}.min", $"`{key}.min` must be between 0 and {cap}, got {min}.");
        if (action.Max is { } max && (max < 0 || max > cap))
            errors.Add($"{key}.max", $"`{key}.max` must be between 0 and {cap}, got {max}.");
        if (action is { Min: { } low, Max: { } high } && low > high)
            errors.Add($"{key}.min", $"`{key}.min` ({low}) must not be above its max ({high}).");
    }

    [GeneratedRegex(@"^(?! )[^:/|\x00-\x1f\x7f-\x9f]{1,256}(?<! )$")]
    private static partial Regex ActionName();
}
