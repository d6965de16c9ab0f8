using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>Rules of the <c>scaling</c> key (capacities, tracking, time zone).</summary>
internal static class ScalingRules
{
    private const int MaxCooldownSeconds = 86_400;

    public static void Check(StackSettings settings, RuleErrors errors)
    {
        var s = settings.Scaling;
        if (s.AccountConcurrencyLimit <= AwsLimits.UnreservedConcurrencyFloor)
            errors.Add("scaling.accountConcurrencyLimit",
                $"`scaling.accountConcurrencyLimit` must be above {AwsLimits.UnreservedConcurrencyFloor} (AWS keeps {AwsLimits.UnreservedConcurrencyFloor} unreserved), got {s.AccountConcurrencyLimit}. Ask AWS for a concurrency quota increase first.");
        var cap = s.AccountConcurrencyLimit - AwsLimits.UnreservedConcurrencyFloor;

        if (s.Min < 0)
            errors.Add("scaling.min", $"`scaling.min` must be at least 0, got {s.Min}.");
        if (s.Min > s.Max)
            errors.Add("scaling.min", $"`scaling.min` ({s.Min}) must not be above `scaling.max` ({s.Max}). Lower scaling.min or raise scaling.max.");
        if (s.Max > cap && s.AccountConcurrencyLimit > AwsLimits.UnreservedConcurrencyFloor)
            errors.Add("scaling.max",
                $"`scaling.max` must be at most {cap} (`scaling.accountConcurrencyLimit` {s.AccountConcurrencyLimit} minus the {AwsLimits.UnreservedConcurrencyFloor} that AWS keeps unreserved), got {s.Max}. Lower it, or raise the account quota and set scaling.accountConcurrencyLimit.");

        if (s.Autoscaling && s.Min <= s.Max && (s.Baseline < s.Min || s.Baseline > s.Max))
            errors.Add("scaling.baseline", $"`scaling.baseline` must be between `scaling.min` ({s.Min}) and `scaling.max` ({s.Max}), got {s.Baseline}.");
        if (s.Autoscaling && s.Baseline < 1)
            errors.Add("scaling.baseline",
                $"`scaling.baseline` must be at least 1 while `scaling.autoscaling` is on, got {s.Baseline}: Application Auto Scaling scales an existing provisioned concurrency config, and AWS requires at least 1 in it. Set baseline to 1, or turn autoscaling off for a function without provisioned concurrency.");
        if (!s.Autoscaling && (s.Baseline < 0 || s.Baseline > cap))
            errors.Add("scaling.baseline", $"`scaling.baseline` must be between 0 and {cap}, got {s.Baseline}.");

        errors.Range("scaling.targetUtilization", s.TargetUtilization, AwsLimits.MinTargetUtilization, AwsLimits.MaxTargetUtilization);
        errors.OneOf("scaling.statistic", s.Statistic, StackSettingsLoader.Statistics);
        errors.Range("scaling.scaleOutCooldownSeconds", s.ScaleOutCooldownSeconds, 0, MaxCooldownSeconds);
        errors.Range("scaling.scaleInCooldownSeconds", s.ScaleInCooldownSeconds, 0, MaxCooldownSeconds);
        TimeZoneRule.Check("scaling.timezone", s.Timezone, errors);

        if (!s.Autoscaling && settings.AllScheduledActions.Count > 0)
            errors.Add("scaling.autoscaling",
                $"`scaling.autoscaling` is false but {settings.AllScheduledActions.Count} scheduled action(s) are configured: scheduled actions need the scalable target. Set scaling.autoscaling to true or remove the actions.");
    }
}
