namespace AiLambdaInfra.Scaling.Settings;

/// <summary>
/// One Application Auto Scaling scheduled action on the function's scalable target. When it runs it sets the
/// target's min and max capacity; see
/// https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html
/// </summary>
public sealed record ScheduledActionSettings
{
    /// <summary>Name, unique on the target (1–256 characters). Required.</summary>
    public required string Name { get; init; }

    /// <summary><c>cron(m h dom mon dow y)</c>, <c>at(yyyy-mm-ddThh:mm:ss)</c> or <c>rate(n unit)</c>. Required.</summary>
    public required string Schedule { get; init; }

    /// <summary>IANA time zone of the schedule. Defaults to <see cref="ScalingSettings.Timezone"/>.</summary>
    public string? Timezone { get; init; }

    /// <summary>First moment the action may run (ISO-8601 with offset). Defaults to none.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Last moment the action may run (ISO-8601 with offset). Defaults to none.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Minimum capacity the action sets; left unchanged when absent.</summary>
    public int? Min { get; init; }

    /// <summary>Maximum capacity the action sets; left unchanged when absent.</summary>
    public int? Max { get; init; }
}
