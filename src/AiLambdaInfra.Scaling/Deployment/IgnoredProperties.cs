namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Wire names of the inputs another owner rewrites after deployment, so Pulumi must not reset them on the next
/// <c>pulumi up</c> (they are the names <c>ignoreChanges</c> takes).
/// </summary>
public static class IgnoredProperties
{
    /// <summary>Application Auto Scaling sets the alias's provisioned concurrency once it owns it.</summary>
    public const string ProvisionedConcurrentExecutions = "provisionedConcurrentExecutions";

    /// <summary>Scheduled actions rewrite the scalable target's capacity range when they run.</summary>
    public const string MinCapacity = "minCapacity";

    /// <inheritdoc cref="MinCapacity"/>
    public const string MaxCapacity = "maxCapacity";
}
