namespace AiLambdaInfra.Scaling.Settings;

/// <summary>
/// Everything one stack file says, after defaults are applied. The same record is built by <c>Program.cs</c>
/// (from Pulumi config) and by the CLI (from <c>Pulumi.&lt;stack&gt;.yaml</c>), and validated by the same code.
/// </summary>
public sealed record StackSettings
{
    /// <summary>The function, its package and its runtime settings (config key <c>function</c>).</summary>
    public required FunctionSettings Function { get; init; }

    /// <summary>Provisioned concurrency and Application Auto Scaling (config key <c>scaling</c>).</summary>
    public required ScalingSettings Scaling { get; init; }

    /// <summary>CloudWatch alarms and where they notify (config key <c>alarms</c>).</summary>
    public required AlarmSettings Alarms { get; init; }

    /// <summary>How the planner forecasts and compresses (config key <c>planner</c>).</summary>
    public required PlannerSettings Planner { get; init; }

    /// <summary>
    /// Scheduled actions written by <c>ailambda plan</c> (config key <c>plannedActions</c>). Applied after the user's own
    /// <see cref="ScalingSettings.ScheduledActions"/>. Defaults to none.
    /// </summary>
    public IReadOnlyList<ScheduledActionSettings> PlannedActions { get; init; } = [];

    /// <summary>Tags put on every taggable resource (config key <c>tags</c>). Defaults to none.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>The user's and the planner's scheduled actions, in the order they are chained on the scalable target.</summary>
    public IReadOnlyList<ScheduledActionSettings> AllScheduledActions => [.. Scaling.ScheduledActions, .. PlannedActions];
}
