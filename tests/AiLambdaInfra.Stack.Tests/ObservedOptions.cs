namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// The resource options one resource was registered with, as the stack's transformation saw them: its parent's logical
/// name, the logical names of its explicit dependencies and the properties it leaves to their other owner.
/// </summary>
internal sealed record ObservedOptions(string Name, string? Parent, IReadOnlySet<string> DependsOn, IReadOnlySet<string> IgnoreChanges)
{
    /// <summary>"parent | dependsOn | ignoreChanges", sorted, so one assertion compares whole sets and prints the difference.</summary>
    public string Summary => $"{Parent ?? "-"} | {string.Join(",", DependsOn.Order(StringComparer.Ordinal))} | {string.Join(",", IgnoreChanges.Order(StringComparer.Ordinal))}";
}
