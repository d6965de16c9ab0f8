using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Components;

/// <summary>
/// What one <see cref="PredictiveLambda"/> deploys: the same settings records a stack file's keys map to
/// (<c>ai-lambda-infra:function</c>, <c>scaling</c>, <c>alarms</c>, <c>planner</c>, <c>plannedActions</c>, <c>tags</c>), so a
/// Pulumi program can build them in code or read them from config. Every property defaults as the stack file's key does;
/// the component checks them with the rules and messages of <c>ailambda validate</c> before it creates anything.
/// </summary>
public sealed class PredictiveLambdaArgs
{
    /// <summary>The function, its package and runtime settings. Defaults to <see cref="FunctionSettings"/>'s defaults.</summary>
    public FunctionSettings Function { get; init; } = new();

    /// <summary>Provisioned concurrency and Application Auto Scaling. Defaults to <see cref="ScalingSettings"/>'s defaults.</summary>
    public ScalingSettings Scaling { get; init; } = new();

    /// <summary>Alarms, their topic and the dashboard. Defaults to <see cref="AlarmSettings"/>'s defaults.</summary>
    public AlarmSettings Alarms { get; init; } = new();

    /// <summary>The planner's settings; the spillover alarm takes its cold-start budget. Defaults to <see cref="PlannerSettings"/>'s defaults.</summary>
    public PlannerSettings Planner { get; init; } = new();

    /// <summary>Scheduled actions written by <c>ailambda plan</c>, chained after <see cref="ScalingSettings.ScheduledActions"/>. Defaults to none.</summary>
    public IReadOnlyList<ScheduledActionSettings> PlannedActions { get; init; } = [];

    /// <summary>Tags on every taggable resource, besides <c>pulumi:project</c> and <c>pulumi:stack</c>. Defaults to none.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The AWS region the stack deploys to (<c>aws:region</c>): it keys the random name suffix and the dashboard's widgets.
    /// Defaults to none: the suffix then has no keeper and the dashboard asks the provider for its region.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>The args of a validated stack file.</summary>
    public static PredictiveLambdaArgs From(StackSettings settings, string? region) => new()
    {
        Function = settings.Function,
        Scaling = settings.Scaling,
        Alarms = settings.Alarms,
        Planner = settings.Planner,
        PlannedActions = settings.PlannedActions,
        Tags = settings.Tags,
        Region = region,
    };

    /// <summary>The settings these args stand for, as the validator and the pure planning functions take them.</summary>
    public StackSettings ToSettings() => new()
    {
        Function = Function,
        Scaling = Scaling,
        Alarms = Alarms,
        Planner = Planner,
        PlannedActions = PlannedActions,
        Tags = Tags,
    };
}
