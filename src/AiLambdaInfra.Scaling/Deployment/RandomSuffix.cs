namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The random id whose hex ends a generated function name. Four bytes give eight hex characters: enough that two
/// stacks (or two components) never meet, short enough to leave most of the 64-character name to the project and stack.
/// Pulumi keeps the value in the stack's state, so it is stable across updates; a change of a keeper replaces it.
/// </summary>
public static class RandomSuffix
{
    public const int ByteLength = 4;

    /// <summary>
    /// Kept by the region only: moving a stack to another region deploys a new function there, and a fresh suffix lets
    /// the new resources be created before the old ones are deleted without any name meeting its predecessor (IAM names
    /// are account-wide). Project and stack are already in the name, and renaming a stack should not replace its function.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Keepers(string? region) =>
        region is null
            ? new SortedDictionary<string, string>(StringComparer.Ordinal)
            : new SortedDictionary<string, string>(StringComparer.Ordinal) { ["region"] = region };
}
