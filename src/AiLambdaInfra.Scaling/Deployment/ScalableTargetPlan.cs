using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The alias registered with Application Auto Scaling.
/// https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-lambda.html
/// </summary>
public sealed record ScalableTargetPlan
{
    public required string LogicalName { get; init; }
    public required string Alias { get; init; }
    public string ServiceNamespace => LambdaScalingNames.ServiceNamespace;
    public string ScalableDimension => LambdaScalingNames.ScalableDimension;
    public required int Min { get; init; }
    public required int Max { get; init; }

    /// <summary><c>minCapacity</c>/<c>maxCapacity</c> when scheduled actions rewrite them; empty otherwise.</summary>
    public required IReadOnlyList<string> IgnoreChanges { get; init; }

    /// <summary>Logical name of the provisioned concurrency config the target is registered after; null when there is none.</summary>
    public string? DependsOnLogicalName { get; init; }

    /// <summary><c>function:&lt;name&gt;:&lt;alias&gt;</c>.</summary>
    public string ResourceId(string functionName) => LambdaScalingNames.ResourceId(functionName, Alias);
}
