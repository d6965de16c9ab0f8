namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>One CloudWatch metric: namespace, name and the dimensions that select it.</summary>
public sealed record MetricReference(string Namespace, string Name, IReadOnlyList<KeyValuePair<string, string>> Dimensions);
