using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The metric target tracking follows: the predefined average utilization, or the same metric with the Maximum
/// statistic as a customized metric (it reacts to bursts the average hides).
/// https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html
/// </summary>
public sealed record TrackingMetricPlan
{
    /// <summary><c>LambdaProvisionedConcurrencyUtilization</c> for Average; null for the customized metric.</summary>
    public string? PredefinedMetricType { get; init; }

    /// <summary>Statistic of the customized metric (<c>Maximum</c>); null for the predefined one.</summary>
    public string? Statistic { get; init; }

    public required string Alias { get; init; }

    public bool IsCustomized => PredefinedMetricType is null;
    public string Namespace => LambdaScalingNames.MetricNamespace;
    public string MetricName => LambdaScalingNames.UtilizationMetric;

    /// <summary>Dimensions of the customized metric: the alias's <c>FunctionName</c> and <c>Resource</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Dimensions(string functionName) =>
        MetricDimensions.ForAlias(functionName, Alias);
}
