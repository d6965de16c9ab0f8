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
    /// reacts to bursts the average hides). Set by the stack (<c>scaling.statistic</c>, <see cref="StatisticPinned"/>),
    /// or else the planner's choice (config key <c>plannedStatistic</c>). Defaults to <see cref="Defaults.Statistic"/>.
    /// </summary>
    public string Statistic { get; init; } = Defaults.Statistic;

    /// <summary>
    /// Whether the stack sets <c>scaling.statistic</c> itself. When it does, the statistic is the stack owner's: the
    /// planner only recommends another (<c>ailambda plan --apply-recommendations</c> writes it). When it does not, the
    /// statistic is the planner's to tune like its own levels: <c>ailambda plan</c> changes it where the replay measures
    /// the other one better with any one day left out, and writes it under <c>plannedStatistic</c>. Defaults to false.
    /// </summary>
    public bool StatisticPinned { get; init; }

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
