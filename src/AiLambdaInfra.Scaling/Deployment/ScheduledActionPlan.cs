namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// One scheduled action on the scalable target. Each depends on the one before it (the first on the target):
/// Application Auto Scaling rejects concurrent updates to one target.
/// </summary>
public sealed record ScheduledActionPlan
{
    public required string LogicalName { get; init; }
    public required string Name { get; init; }
    public required string Schedule { get; init; }

    /// <summary>The action's IANA zone, or <c>scaling.timezone</c> when it names none.</summary>
    public required string Timezone { get; init; }

    /// <summary>RFC 3339 in UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>), as the provider's <c>startTime</c> takes it; null when unset.</summary>
    public string? StartTime { get; init; }

    /// <summary>Same format as <see cref="StartTime"/>.</summary>
    public string? EndTime { get; init; }

    public int? Min { get; init; }
    public int? Max { get; init; }

    /// <summary>Logical name of the resource this action waits for: the previous action, or the scalable target.</summary>
    public required string DependsOnLogicalName { get; init; }
}
