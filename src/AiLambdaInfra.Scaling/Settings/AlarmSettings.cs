namespace AiLambdaInfra.Scaling.Settings;

/// <summary>CloudWatch alarms on the alias and where they notify (config key <c>alarms</c>).</summary>
public sealed record AlarmSettings
{
    /// <summary>An existing SNS topic ARN for alarm actions. Defaults to none: the stack creates a topic.</summary>
    public string? TopicArn { get; init; }

    /// <summary>E-mail addresses subscribed to the stack's topic. Defaults to none.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Invocations served on demand because provisioned concurrency was full (cold starts). Defaults to <see cref="Defaults.SpilloverAlarm"/>.</summary>
    public AlarmRule Spillover { get; init; } = Defaults.SpilloverAlarm;

    /// <summary>Throttled invocations. Defaults to <see cref="Defaults.ThrottlesAlarm"/>.</summary>
    public AlarmRule Throttles { get; init; } = Defaults.ThrottlesAlarm;

    /// <summary>Errors as a per cent of invocations. Defaults to <see cref="Defaults.ErrorRateAlarm"/>.</summary>
    public AlarmRule ErrorRate { get; init; } = Defaults.ErrorRateAlarm;

    /// <summary>p99 duration as a fraction of the timeout. Defaults to <see cref="Defaults.DurationAlarm"/>.</summary>
    public AlarmRule Duration { get; init; } = Defaults.DurationAlarm;

    /// <summary>Sustained provisioned-concurrency utilization (Maximum). Defaults to <see cref="Defaults.UtilizationAlarm"/>.</summary>
    public AlarmRule Utilization { get; init; } = Defaults.UtilizationAlarm;
}
