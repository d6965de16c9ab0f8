namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>An e-mail subscription to the alarm topic (the address must confirm it).</summary>
public sealed record EmailSubscriptionPlan(string LogicalName, string Email)
{
    public string Protocol => "email";
}
