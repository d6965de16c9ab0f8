namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// One CloudWatch alarm as it is deployed: a single metric (<see cref="Metric"/> with <see cref="Statistic"/> or
/// <see cref="ExtendedStatistic"/>) or metric math (<see cref="Queries"/>).
/// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
/// </summary>
public sealed record AlarmDefinition
{
    public required AlarmKind Kind { get; init; }

    /// <summary>Physical alarm name: <c>&lt;function&gt;-&lt;kind&gt;</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the alarm means and what to do; CloudWatch puts it into every notification.</summary>
    public required string Description { get; init; }

    public MetricReference? Metric { get; init; }
    public string? Statistic { get; init; }

    /// <summary>A percentile such as <c>p99</c>; set instead of <see cref="Statistic"/>.</summary>
    public string? ExtendedStatistic { get; init; }

    /// <summary>Metric-math entries; empty for a single-metric alarm.</summary>
    public IReadOnlyList<AlarmQuery> Queries { get; init; } = [];

    public string ComparisonOperator { get; init; } = "GreaterThanThreshold";

    /// <summary>Threshold in the watched value's unit.</summary>
    public required double Threshold { get; init; }

    public required int PeriodSeconds { get; init; }
    public required int EvaluationPeriods { get; init; }
    public required int DatapointsToAlarm { get; init; }

    /// <summary><c>notBreaching</c>, <c>breaching</c>, <c>ignore</c> or <c>missing</c>, chosen per alarm.</summary>
    public required string TreatMissingData { get; init; }

    /// <summary>
    /// For a percentile alarm, <c>ignore</c> keeps the alarm's state through periods with too few samples for the
    /// percentile to mean anything (PutMetricAlarm's EvaluateLowSampleCountPercentiles); null for other alarms.
    /// </summary>
    public string? EvaluateLowSampleCountPercentiles { get; init; }

    /// <summary>Whether the return to OK is notified too: only where recovery ends an incident someone is working on.</summary>
    public required bool NotifiesOk { get; init; }

    /// <summary>Every metric the alarm reads.</summary>
    public IEnumerable<MetricReference> Metrics =>
        Metric is not null ? [Metric] : Queries.Select(query => query.Metric).OfType<MetricReference>();
}
