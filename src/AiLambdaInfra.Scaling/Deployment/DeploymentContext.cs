namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Where a plan is deployed: the component's logical name (every child is named from it), the Pulumi project
/// and stack, and the AWS region when it is known (it keys the random name suffix).
/// </summary>
public sealed record DeploymentContext(string ComponentName, string ProjectName, string StackName, string? Region = null);
