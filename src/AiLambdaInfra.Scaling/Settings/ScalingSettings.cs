namespace AiLambdaInfra.Scaling.Settings;

/// <summary>Provisioned concurrency on the alias and the Application Auto Scaling that owns it (config key <c>scaling</c>).</summary>
public sealed record ScalingSettings
{
    /// <summary>
    /// When true, Application Auto Scaling owns the provisioned concurrency (scalable target, scheduled actions,
    /// target tracking). When false, the alias keeps <see cref="Baseline"/> fixed. Defaults to true.
    /// </summary>
    public bool Autoscaling { get; init; } = true;

    /// <summary>Provisioned concurrency set on the alias when it is created; within [min, max]. Defaults to <see cref="Defaults.Baseline"/>.</summary>
    public int Baseline { get; init; } = Defaults.Baseline;

    /// <summary>Minimum capacity of the scalable target. Defaults to <see cref="Defaults.MinCapacity"/>.</summary>
    public int Min { get; init; } = Defaults.MinCapacity;

    /// <summary>Maximum capacity of the scalable target. Defaults to <see cref="Defaults.MaxCapacity"/>.</summary>
    public int Max { get; init; } = Defaults.MaxCapacity;

    /// <summary>Whether a target-tracking policy is attached. Defaults to true.</summary>
    public bool TargetTracking { get; init; } = true;

    /// <summary>Target of provisioned-concurrency utilization, 0.1–0.9. Defaults to <see cref="Defaults.TargetUtilization"/>.</summary>
    public double TargetUtilization { get; init; } = Defaults.TargetUtilization;

    /// <summary>
    /// Statistic the tracking alarms use: <c>Average</c> (predefined metric) or <c>Maximum</c> (customized metric,
    /// reacts to bursts the average hides). Defaults to <see cref="Defaults.Statistic"/>.
    /// </summary>
    public string Statistic { get; init; } = Defaults.Statistic;

    /// <summary>Seconds after a scale-out before another may start. Defaults to <see cref="Defaults.ScaleOutCooldownSeconds"/>.</summary>
    public int ScaleOutCooldownSeconds { get; init; } = Defaults.ScaleOutCooldownSeconds;

    /// <summary>Seconds after a scale-in before another may start. Defaults to <see cref="Defaults.ScaleInCooldownSeconds"/>.</summary>
    public int ScaleInCooldownSeconds { get; init; } = Defaults.ScaleInCooldownSeconds;

    /// <summary>When true, target tracking only scales out. Defaults to false.</summary>
    public bool DisableScaleIn { get; init; }

    /// <summary>The account's regional concurrency limit. Defaults to <see cref="Defaults.AccountConcurrencyLimit"/>.</summary>
    public int AccountConcurrencyLimit { get; init; } = Defaults.AccountConcurrencyLimit;

    /// <summary>IANA time zone for scheduled actions that name none. Defaults to <see cref="Defaults.Timezone"/>.</summary>
    public string Timezone { get; init; } = Defaults.Timezone;

    /// <summary>The user's own scheduled actions, chained in this order. Defaults to none.</summary>
    public IReadOnlyList<ScheduledActionSettings> ScheduledActions { get; init; } = [];
}
