namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Tags the stack adds to the config's own, so a resource in the console tells which stack owns it.</summary>
public static class ManagedTags
{
    public const string Project = "pulumi:project";
    public const string Stack = "pulumi:stack";

    /// <summary>Every tag the stack adds; they count against the per-resource tag limit.</summary>
    public static readonly IReadOnlyList<string> All = [Project, Stack];

    /// <summary>The config's tags plus the project and stack, sorted by key.</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> tags, string projectName, string stackName)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            all[key] = value;
        }

        all[Project] = projectName;
        all[Stack] = stackName;
        return all;
    }
}
