using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>Rules of the <c>planner</c> key.</summary>
internal static class PlannerRules
{
    /// <summary>CloudWatch keeps 1-minute data 15 days and 5-minute data 63 days: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html</summary>
    private const int MaxHistoryDays = 63;

    /// <summary>Seven days, like EC2 predictive scaling's longest forecast.</summary>
    private const int MaxHorizonHours = 168;

    public static void Check(StackSettings settings, RuleErrors errors)
    {
        var p = settings.Planner;
        errors.Range("planner.quantile", p.Quantile, 0.5, 0.99);
        errors.Range("planner.spillBudgetPercent", p.SpillBudgetPercent, 0.01, 50);
        errors.Range("planner.bufferMinutes", p.BufferMinutes, 0, 60);
        errors.Range("planner.allocationMinutes", p.AllocationMinutes, 0, 30);
        errors.Range("planner.horizonHours", p.HorizonHours, 1, MaxHorizonHours);
        errors.Range("planner.historyDays", p.HistoryDays, 1, MaxHistoryDays);
        errors.OneOf("planner.mode", p.Mode, ["auto", "weekly", "horizon"]);

        var room = AwsLimits.MaxScheduledActionsPerTarget - settings.Scaling.ScheduledActions.Count;
        if (p.MaxActions < 1)
            errors.Add("planner.maxActions", $"`planner.maxActions` must be at least 1, got {p.MaxActions}.");
        else if (p.MaxActions > room && room >= 1)
            errors.Add("planner.maxActions",
                $"`planner.maxActions` must be at most {room} ({AwsLimits.MaxScheduledActionsPerTarget} actions per target minus the {settings.Scaling.ScheduledActions.Count} in `scaling.scheduledActions`), got {p.MaxActions}{(p.MaxActions == Defaults.PlannerMaxActions ? ", its default" : "")}. Set `planner.maxActions` to {room} or less, or remove some of your scheduled actions.");
    }
}
