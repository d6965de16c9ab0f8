namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>One operation of the replayed <c>pulumi up</c> and how many scheduled actions the target holds after it.</summary>
public sealed record DeploymentStep(DeploymentOperation Operation, string Name, int CountAfter);
