using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Dimensions that select one alias's Lambda metrics: <c>FunctionName</c> and <c>Resource</c> = <c>&lt;name&gt;:&lt;alias&gt;</c>.
/// Provisioned-concurrency metrics exist only per version or alias.
/// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html and
/// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-concurrency.html
/// </summary>
public static class MetricDimensions
{
    public const string FunctionName = "FunctionName";
    public const string Resource = "Resource";

    /// <summary>The dimension names <see cref="ForAlias"/> returns, in its order.</summary>
    public static readonly IReadOnlyList<string> Names = [FunctionName, Resource];

    /// <summary>The two dimensions, in this order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForAlias(string functionName, string alias) =>
    [
        new(FunctionName, functionName),
        new(Resource, LambdaScalingNames.ResourceDimension(functionName, alias)),
    ];

    /// <summary>The value of one of <see cref="Names"/> for the alias.</summary>
    public static string Value(string dimension, string functionName, string alias) =>
        ForAlias(functionName, alias).Single(pair => pair.Key == dimension).Value;
}
