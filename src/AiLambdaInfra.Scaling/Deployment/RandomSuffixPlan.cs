namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The random id whose hex ends the generated function name. Four bytes give eight hex characters: enough that two
/// stacks of one project never meet, short enough to leave most of the 64-character name to the project and stack.
/// Pulumi keeps the value in the stack's state, so it is stable across updates; a change of a keeper replaces it.
/// </summary>
public sealed record RandomSuffixPlan
{
    /// <summary>Pulumi logical name of the random id.</summary>
    public required string LogicalName { get; init; }

    /// <summary>Bytes of randomness; the hex is twice as long.</summary>
    public int ByteLength { get; init; } = 4;

    /// <summary>Values whose change draws a new suffix (see <see cref="DeploymentPlanBuilder"/> for the choice).</summary>
    public required IReadOnlyDictionary<string, string> Keepers { get; init; }
}
