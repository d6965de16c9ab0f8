namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The metrics the inference handler writes in CloudWatch embedded metric format (one log line per request), a contract
/// between <c>handler/</c> and the stack's alarm and dashboard: namespace <c>AiLambdaInfra</c>, dimension
/// <c>FunctionName</c> = the Lambda function name.
/// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
/// </summary>
public static class HandlerMetrics
{
    public const string Namespace = "AiLambdaInfra";

    /// <summary>Count: 1 for a rejected request (HTTP 400 or 413 in the response body), 0 for an accepted one; its Average is the rejected share.</summary>
    public const string RejectedPayloads = "RejectedPayloads";

    /// <summary>Milliseconds of model inference, on accepted requests.</summary>
    public const string ModelLatency = "ModelLatency";

    /// <summary>One of the handler's metrics for a function.</summary>
    public static MetricReference For(string metricName, string functionName) =>
        new(Namespace, metricName, [new(MetricDimensions.FunctionName, functionName)]);
}
