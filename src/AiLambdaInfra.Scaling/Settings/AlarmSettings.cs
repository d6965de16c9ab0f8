namespace AiLambdaInfra.Scaling.Settings;

/// <summary>CloudWatch alarms on the alias, where they notify, and the function's dashboard (config key <c>alarms</c>).</summary>
public sealed record AlarmSettings
{
    /// <summary>An existing SNS topic ARN for alarm actions. Defaults to none: the stack creates a topic.</summary>
    public string? TopicArn { get; init; }

    /// <summary>E-mail addresses subscribed to the stack's topic. Defaults to none.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>
    /// Spillover invocations as a per cent of all invocations (cold starts beyond the budget); its threshold defaults to
    /// <c>planner.spillBudgetPercent</c>. Defaults to <see cref="Defaults.SpilloverAlarm"/>.
    /// </summary>
    public AlarmRule Spillover { get; init; } = Defaults.SpilloverAlarm;

    /// <summary>Throttled invocations. Defaults to <see cref="Defaults.ThrottlesAlarm"/>.</summary>
    public AlarmRule Throttles { get; init; } = Defaults.ThrottlesAlarm;

    /// <summary>Errors as a per cent of invocations. Defaults to <see cref="Defaults.ErrorRateAlarm"/>.</summary>
    public AlarmRule ErrorRate { get; init; } = Defaults.ErrorRateAlarm;

    /// <summary>p99 duration as a fraction of the timeout. Defaults to <see cref="Defaults.DurationAlarm"/>.</summary>
    public AlarmRule Duration { get; init; } = Defaults.DurationAlarm;

    /// <summary>Sustained provisioned-concurrency utilization (Maximum). Defaults to <see cref="Defaults.UtilizationAlarm"/>.</summary>
    public AlarmRule Utilization { get; init; } = Defaults.UtilizationAlarm;

    /// <summary>
    /// Requests the handler rejects (HTTP 400/413 inside a successful invoke), as a share of requests, from its
    /// <c>AiLambdaInfra/RejectedPayloads</c> metric. Defaults to <see cref="Defaults.RejectedPayloadsAlarm"/>.
    /// </summary>
    public AlarmRule RejectedPayloads { get; init; } = Defaults.RejectedPayloadsAlarm;

    /// <summary>Whether the stack creates a CloudWatch dashboard for the function. Defaults to <see cref="Defaults.Dashboard"/>.</summary>
    public bool Dashboard { get; init; } = Defaults.Dashboard;
}
