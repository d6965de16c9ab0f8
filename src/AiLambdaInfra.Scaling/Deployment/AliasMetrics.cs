using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Lambda's own metrics of one alias (<c>AWS/Lambda</c>, dimensions <c>FunctionName</c> and <c>Resource</c>).
/// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
/// </summary>
public static class AliasMetrics
{
    public const string Invocations = "Invocations";
    public const string Errors = "Errors";
    public const string Throttles = "Throttles";
    public const string Duration = "Duration";

    /// <summary>Executions running on provisioned concurrency (alias and version metrics only).</summary>
    public const string ProvisionedConcurrentExecutions = "ProvisionedConcurrentExecutions";

    public static MetricReference For(string metricName, string functionName, string alias) =>
        new(LambdaScalingNames.MetricNamespace, metricName, MetricDimensions.ForAlias(functionName, alias));
}
