using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Settings.Reading;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Checks the namespaces of a stack file's config keys. Pulumi hands a program every key as <c>namespace:name</c>, the
/// namespace being the project's name (<c>name:</c> in Pulumi.yaml, here <see cref="StackSettingsLoader.ConfigNamespace"/>)
/// or a provider's. A key under a misspelt namespace would be silently ignored, and a file with none of this project's
/// keys is another project's stack file; both are errors.
/// </summary>
internal static class ConfigNamespaces
{
    /// <summary>Namespaces of the providers this program uses (Pulumi.Aws, Pulumi.Random) and Pulumi's own.</summary>
    public static readonly IReadOnlyList<string> Providers = ["aws", "random", "pulumi"];

    public static IEnumerable<StackFileError> Check(StackFile file)
    {
        var ours = StackSettingsLoader.ConfigNamespace;
        var foreign = new List<(string Key, string Namespace)>();
        var hasOurs = false;
        foreach (var key in file.ConfigKeys)
        {
            var colon = key.IndexOf(':');
            if (colon <= 0)
            {
                yield return new StackFileError(file.FileName, file.LineOf(key), key,
                    $"`{key}` has no namespace; Pulumi reads config keys as `<namespace>:<name>`. Write it as `{ours}:{key.TrimStart(':')}` if it is a setting of this project.");
                continue;
            }
            var ns = key[..colon];
            if (ns == ours) hasOurs = true;
            else if (Providers.Contains(ns)) continue;
            else if (KeySuggestion.Closest(ns, [ours]) is not null)
                yield return new StackFileError(file.FileName, file.LineOf(key), key,
                    $"`{key}` is not read: its namespace `{ns}` is not this project's `{ours}`, so the setting would be silently ignored. Did you mean `{ours}{key[colon..]}`?");
            else foreign.Add((key, ns));
        }
        if (!hasOurs && foreign.Count > 0)
        {
            var namespaces = foreign.Select(f => $"`{f.Namespace}`").Distinct().ToList();
            yield return new StackFileError(file.FileName, file.LineOf(foreign[0].Key), foreign[0].Key,
                $"holds keys of {string.Join(", ", namespaces)} and none of `{ours}` (the project Pulumi.yaml names): this is another project's stack file. Pass a Pulumi.<stack>.yaml of this project.");
        }
    }
}
