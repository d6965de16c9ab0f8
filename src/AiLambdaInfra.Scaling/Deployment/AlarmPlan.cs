using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// One CloudWatch alarm on the alias's metrics. Either a single metric (<see cref="MetricName"/> with
/// <see cref="Statistic"/> or <see cref="ExtendedStatistic"/>) or metric math (<see cref="Queries"/>).
/// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
/// </summary>
public sealed record AlarmPlan
{
    public required AlarmKind Kind { get; init; }
    public required string LogicalName { get; init; }
    public required string Alias { get; init; }
    public required string Description { get; init; }

    /// <summary>Short name the physical alarm name ends with.</summary>
    public required string NameSuffix { get; init; }

    public string Namespace => LambdaScalingNames.MetricNamespace;
    public string? MetricName { get; init; }
    public string? Statistic { get; init; }

    /// <summary>A percentile such as <c>p99</c>; set instead of <see cref="Statistic"/>.</summary>
    public string? ExtendedStatistic { get; init; }

    /// <summary>Metric-math entries; empty for a single-metric alarm.</summary>
    public IReadOnlyList<AlarmMetricQueryPlan> Queries { get; init; } = [];

    public string ComparisonOperator { get; init; } = "GreaterThanThreshold";

    /// <summary>Threshold in the metric's unit (count, per cent, milliseconds or utilization).</summary>
    public required double Threshold { get; init; }

    public required int PeriodSeconds { get; init; }
    public required int EvaluationPeriods { get; init; }
    public required int DatapointsToAlarm { get; init; }

    /// <summary>No invocations means nothing is wrong: missing data does not breach.</summary>
    public string TreatMissingData { get; init; } = "notBreaching";

    public bool UsesMetricMath => Queries.Count > 0;

    /// <summary>The physical alarm name for a function name.</summary>
    public string Name(string functionName) => $"{functionName}-{NameSuffix}";

    /// <summary>The alias's <c>FunctionName</c> and <c>Resource</c> dimensions.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Dimensions(string functionName) =>
        MetricDimensions.ForAlias(functionName, Alias);
}
