using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>What a plan must respect: the stack's capacity bounds and tracking, the planner's lead times and budget.</summary>
public sealed record PlanRequest
{
    /// <summary>First instant planned. Defaults to none: the forecast's start.</summary>
    public Instant? Start { get; init; }

    /// <summary>Span of one-off actions in horizon mode and of the expanded timeline. Defaults to <see cref="Defaults.PlannerHorizonHours"/> hours.</summary>
    public Duration Horizon { get; init; } = Duration.FromHours(Defaults.PlannerHorizonHours);

    /// <summary>The stack's minimum capacity. Defaults to <see cref="Defaults.MinCapacity"/>.</summary>
    public int Min { get; init; } = Defaults.MinCapacity;

    /// <summary>The stack's maximum capacity. Defaults to <see cref="Defaults.MaxCapacity"/>.</summary>
    public int Max { get; init; } = Defaults.MaxCapacity;

    /// <summary>
    /// Utilization the planned level is sized for: the level is the upper forecast ÷ this. Defaults to 1: the tuned
    /// quantile of the forecast is the plan's only margin, and target tracking's target is tracking's own, so no margin is
    /// applied twice.
    /// </summary>
    public double TargetUtilization { get; init; } = 1;

    /// <summary>Whether a target-tracking policy may scale above the scheduled min. Defaults to true.</summary>
    public bool TargetTracking { get; init; } = true;

    /// <summary>Whether that policy also scales in (the stack's <c>disableScaleIn</c> is false). Defaults to true.</summary>
    public bool TrackingScalesIn { get; init; } = true;

    /// <summary>IANA time zone the actions are written in. Defaults to <see cref="Defaults.Timezone"/>.</summary>
    public string Timezone { get; init; } = Defaults.Timezone;

    /// <summary>Minutes ahead of a rise, on top of <see cref="AllocationMinutes"/>. Defaults to <see cref="Defaults.PlannerBufferMinutes"/>.</summary>
    public int BufferMinutes { get; init; } = Defaults.PlannerBufferMinutes;

    /// <summary>Minutes provisioned concurrency takes to become ready. Defaults to <see cref="Defaults.AllocationMinutes"/>.</summary>
    public int AllocationMinutes { get; init; } = Defaults.AllocationMinutes;

    /// <summary>Most actions the plan may hold. Defaults to <see cref="Defaults.PlannerMaxActions"/>.</summary>
    public int MaxActions { get; init; } = Defaults.PlannerMaxActions;

    /// <summary>
    /// The user's own scheduled actions on the same target (<c>scaling.scheduledActions</c>): they share the 200-per-target
    /// limit, and the plan's timeline is what they and the planned actions do together. Defaults to none.
    /// </summary>
    public IReadOnlyList<ScheduledActionSettings> UserActions { get; init; } = [];

    /// <summary>How many user actions share the target. Defaults to the count of <see cref="UserActions"/>.</summary>
    public int UserActionCount { get; init; } = -1;

    /// <summary>The user actions counted against the 200-per-target limit.</summary>
    public int UserActionsOnTarget => UserActionCount >= 0 ? UserActionCount : UserActions.Count;

    /// <summary>Weekly, horizon or auto. Defaults to <see cref="PlanMode.Auto"/>.</summary>
    public PlanMode Mode { get; init; } = PlanMode.Auto;

    /// <summary>Minutes from the start of a rise the capacity must already be in place.</summary>
    public int LeadMinutes => BufferMinutes + AllocationMinutes;

    /// <summary>A request from a stack's settings.</summary>
    public static PlanRequest From(ScalingSettings scaling, PlannerSettings planner, Instant? start = null) => new()
    {
        Start = start,
        Horizon = Duration.FromHours(planner.HorizonHours),
        Min = scaling.Min,
        Max = scaling.Max,
        TargetTracking = scaling.Autoscaling && scaling.TargetTracking,
        TrackingScalesIn = !scaling.DisableScaleIn,
        Timezone = scaling.Timezone,
        BufferMinutes = planner.BufferMinutes,
        AllocationMinutes = planner.AllocationMinutes,
        MaxActions = planner.MaxActions,
        UserActions = scaling.ScheduledActions,
        Mode = ParseMode(planner.Mode),
    };

    /// <summary>The mode named in the settings: <c>auto</c>, <c>weekly</c> or <c>horizon</c>.</summary>
    public static PlanMode ParseMode(string mode) => mode.Trim().ToLowerInvariant() switch
    {
        "weekly" => PlanMode.Weekly,
        "horizon" => PlanMode.Horizon,
        "auto" => PlanMode.Auto,
        _ => throw new ArgumentException($"`planner.mode` must be auto, weekly or horizon, got '{mode}'.", nameof(mode)),
    };
}
