namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>The provisioned concurrency one policy had serving in each played minute.</summary>
public sealed record PolicyTimeline(string Policy, int[] Serving);
