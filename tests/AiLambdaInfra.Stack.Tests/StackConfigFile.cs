using System.Text.Json;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>The repository's stack files as the Pulumi CLI hands them to the program (<c>PULUMI_CONFIG</c>).</summary>
internal static class StackConfigFile
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The project name, which is also the config namespace of its keys.</summary>
    public static string ProjectName => StackSettingsLoader.ConfigNamespace;

    /// <summary>Full config keys (<c>ai-lambda-infra:scaling</c>) to the strings Pulumi passes, so a test can change one.</summary>
    public static Dictionary<string, string> Load(string stack)
    {
        var file = StackFile.Load(Path.Combine(RepositoryRoot, $"Pulumi.{stack}.yaml"));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(file.ToPulumiConfigJson())!;
    }

    public static string ToPulumiConfigJson(IReadOnlyDictionary<string, string> config) => JsonSerializer.Serialize(config);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Pulumi.yaml not found above the test binaries.");
    }
}
