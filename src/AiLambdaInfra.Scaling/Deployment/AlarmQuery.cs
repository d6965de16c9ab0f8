namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>One entry of a metric-math alarm: a metric with its statistic, or an expression over the other entries' ids.</summary>
public sealed record AlarmQuery
{
    public required string Id { get; init; }
    public string? Label { get; init; }

    /// <summary>Metric math such as <c>100 * errors / invocations</c>; null for a metric entry.</summary>
    public string? Expression { get; init; }

    /// <summary>The metric; null for an expression entry.</summary>
    public MetricReference? Metric { get; init; }

    public string? Statistic { get; init; }

    /// <summary>Only the expression the alarm compares returns data.</summary>
    public required bool ReturnData { get; init; }
}
