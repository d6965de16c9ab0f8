namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Wire names of the inputs another owner rewrites after deployment, so Pulumi must not reset them on the next
/// <c>pulumi up</c> (they are the names <c>ignoreChanges</c> takes).
/// </summary>
public static class IgnoredProperties
{
    /// <summary>
    /// Application Auto Scaling sets the alias's provisioned concurrency once it owns it (target tracking and scheduled
    /// actions move it within the target's range).
    /// https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html#managing-provisioned-concurency
    /// </summary>
    public const string ProvisionedConcurrentExecutions = "provisionedConcurrentExecutions";
}
