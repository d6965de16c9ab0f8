namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Every resource one stack deploys, as plain records: what <c>PredictiveLambda</c> applies. Values that only exist
/// at deploy time (the function's physical name, ARNs) are filled in by the records' methods.
/// </summary>
public sealed record DeploymentPlan
{
    public required DeploymentContext Context { get; init; }
    public required FunctionNamePlan FunctionName { get; init; }

    /// <summary>Tags on every taggable resource: the config's <c>tags</c> plus the project and stack.</summary>
    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    public required RolePlan Role { get; init; }
    public required LogGroupPlan LogGroup { get; init; }
    public required FunctionPlan Function { get; init; }
    public required AliasPlan Alias { get; init; }

    /// <summary>Null when the baseline is 0 (AWS needs at least 1) and nothing else is provisioned up front.</summary>
    public ProvisionedConcurrencyPlan? ProvisionedConcurrency { get; init; }

    /// <summary>Null when <c>scaling.autoscaling</c> is off.</summary>
    public ScalableTargetPlan? ScalableTarget { get; init; }

    /// <summary>The user's actions then the planner's, in the order they are chained.</summary>
    public IReadOnlyList<ScheduledActionPlan> ScheduledActions { get; init; } = [];

    /// <summary>Null when autoscaling or target tracking is off.</summary>
    public TrackingPolicyPlan? TrackingPolicy { get; init; }

    /// <summary>The enabled alarms, in a fixed order.</summary>
    public IReadOnlyList<AlarmPlan> Alarms { get; init; } = [];

    public required NotificationPlan Notifications { get; init; }
}
