namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>The target-tracking policy on the scalable target.</summary>
public sealed record TrackingPolicyPlan
{
    public required string LogicalName { get; init; }

    /// <summary><c>TargetTrackingScaling</c>, the Application Auto Scaling policy type.</summary>
    public string PolicyType => "TargetTrackingScaling";

    /// <summary>Utilization the policy keeps the alias at, 0.1–0.9.</summary>
    public required double TargetValue { get; init; }

    public required TrackingMetricPlan Metric { get; init; }
    public required int ScaleInCooldownSeconds { get; init; }
    public required int ScaleOutCooldownSeconds { get; init; }
    public required bool DisableScaleIn { get; init; }

    /// <summary>The policy name, readable next to the function in the console.</summary>
    public string Name(string functionName) => $"{functionName}-utilization-tracking";
}
