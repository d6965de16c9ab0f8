using AiLambdaInfra.Scaling.Deployment;

namespace AiLambdaInfra.Components;

/// <summary>
/// What <see cref="PredictiveLambda"/> deploys: the plan built from validated stack settings. Plain values only;
/// the component adds the ones that exist at deploy time.
/// </summary>
public sealed class PredictiveLambdaArgs
{
    public required DeploymentPlan Plan { get; init; }
}
