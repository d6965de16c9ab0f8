using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The metric target tracking follows: the predefined average utilization, or the same metric with the Maximum
/// statistic as a customized metric (it reacts to bursts the average hides).
/// https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
/// </summary>
public static class TargetTracking
{
    /// <summary>Application Auto Scaling's policy type.</summary>
    public const string PolicyType = "TargetTrackingScaling";

    public const string MaximumStatistic = "Maximum";

    /// <summary>True when <c>scaling.statistic</c> asks for the customized Maximum metric.</summary>
    public static bool UsesCustomizedMetric(ScalingSettings scaling) =>
        string.Equals(scaling.Statistic, MaximumStatistic, StringComparison.OrdinalIgnoreCase);
}
