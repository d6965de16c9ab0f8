namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The alias's provisioned concurrency. When Application Auto Scaling owns the number, Pulumi only sets it at
/// creation and then ignores it, so <c>pulumi up</c> never undoes a scale-out.
/// </summary>
public sealed record ProvisionedConcurrencyPlan
{
    public required string LogicalName { get; init; }

    /// <summary>Executions set when the config is created (at least 1, as AWS requires).</summary>
    public required int Baseline { get; init; }

    /// <summary>Wire names Pulumi leaves to their other owner.</summary>
    public required IReadOnlyList<string> IgnoreChanges { get; init; }
}
