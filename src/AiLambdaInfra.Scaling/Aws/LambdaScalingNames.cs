namespace AiLambdaInfra.Scaling.Aws;

/// <summary>
/// The fixed names Application Auto Scaling and CloudWatch use for Lambda provisioned concurrency.
/// https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html and
/// https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-lambda.html
/// </summary>
public static class LambdaScalingNames
{
    public const string ServiceNamespace = "lambda";
    public const string ScalableDimension = "lambda:function:ProvisionedConcurrency";
    public const string PredefinedUtilizationMetric = "LambdaProvisionedConcurrencyUtilization";
    public const string MetricNamespace = "AWS/Lambda";
    public const string UtilizationMetric = "ProvisionedConcurrencyUtilization";
    public const string SpilloverMetric = "ProvisionedConcurrencySpilloverInvocations";
    public const string ConcurrentExecutionsMetric = "ConcurrentExecutions";

    /// <summary>The scalable target's resource id: <c>function:&lt;name&gt;:&lt;alias&gt;</c>.</summary>
    public static string ResourceId(string functionName, string alias) => $"function:{functionName}:{alias}";

    /// <summary>The <c>Resource</c> dimension of per-alias Lambda metrics: <c>&lt;name&gt;:&lt;alias&gt;</c>.</summary>
    public static string ResourceDimension(string functionName, string alias) => $"{functionName}:{alias}";
}
