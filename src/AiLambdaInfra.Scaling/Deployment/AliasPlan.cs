namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>The alias on the published version that carries provisioned concurrency and the metrics alarms watch.</summary>
public sealed record AliasPlan
{
    public required string LogicalName { get; init; }
    public required string Name { get; init; }
}
