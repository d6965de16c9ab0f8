namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The two CloudWatch alarms Application Auto Scaling creates for a target-tracking policy on Lambda provisioned
/// concurrency, as AWS documents them: 1-minute datapoints of <c>ProvisionedConcurrencyUtilization</c>; scale out when
/// 3 datapoints in a row are above the target; scale in when 15 datapoints in a row are below 90 % of the target.
/// https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html (section on Application Auto Scaling) and
/// https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html
/// </summary>
public static class TargetTrackingAlarms
{
    public const int ScaleOutDatapoints = 3;
    public const int ScaleInDatapoints = 15;
    public const double ScaleInFractionOfTarget = 0.9;
}
