namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Tags the stack adds to the config's own, so a resource in the console tells which stack owns it.</summary>
public static class ManagedTags
{
    public const string Project = "pulumi:project";
    public const string Stack = "pulumi:stack";

    /// <summary>Every tag the stack adds; they count against the per-resource tag limit.</summary>
    public static readonly IReadOnlyList<string> All = [Project, Stack];
}
