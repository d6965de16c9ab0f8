using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Whether the alias gets a provisioned concurrency config, and which of its inputs Pulumi leaves to AWS.</summary>
public static class ProvisionedConcurrencyInputs
{
    /// <summary>
    /// True for a <c>scaling.baseline</c> of 1 or more: a config needs at least 1 provisioned concurrent execution
    /// (https://www.pulumi.com/registry/packages/aws/api-docs/lambda/provisionedconcurrencyconfig/), so a baseline of 0
    /// means no config at all.
    /// </summary>
    public static bool IsConfigured(ScalingSettings scaling) => scaling.Baseline >= 1;

    /// <summary>
    /// <see cref="IgnoredProperties.ProvisionedConcurrentExecutions"/> when Application Auto Scaling owns the number
    /// (<c>scaling.autoscaling</c>): Pulumi sets it at creation only, so <c>pulumi up</c> never undoes a scale-out.
    /// None otherwise.
    /// </summary>
    public static IReadOnlyList<string> IgnoredChanges(ScalingSettings scaling) =>
        scaling.Autoscaling ? [IgnoredProperties.ProvisionedConcurrentExecutions] : [];
}
