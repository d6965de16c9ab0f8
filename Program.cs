using System.Text.Json;
using AiLambdaInfra.Components;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;
using Pulumi;

namespace AiLambdaInfra;

/// <summary>
/// The Pulumi program. The only place that reads Pulumi config: it hands the project's structured keys to the
/// same loader and validator the <c>validate</c> command uses, stops with every error at once when they are
/// invalid, and otherwise deploys one <see cref="PredictiveLambda"/>.
/// </summary>
public static class Program
{
    /// <summary>Logical name of the component; every child's name starts with it.</summary>
    public const string ComponentName = "inference";

    public static Task<int> Main() => Pulumi.Deployment.RunAsync(DefineStack);

    /// <summary>Reads and validates the stack config, then declares the resources and returns the stack outputs.</summary>
    public static IDictionary<string, object?> DefineStack()
    {
        var deployment = Pulumi.Deployment.Instance;
        var result = StackSettingsLoader.Load(ReadProjectConfig(deployment.ProjectName));
        if (!result.IsValid || result.Settings is null)
        {
            // RunException ends the program with its message only: no stack trace, and no resource was declared.
            throw new RunException(SettingsErrors.Describe(result.Errors));
        }

        // The rules check how codePath is written; only the file system shows a link that leads it out of the project.
        // Pulumi runs the program in the project folder.
        if (result.Settings.Function.ImageUri is null
            && CodePathLinks.Problem(Directory.GetCurrentDirectory(), result.Settings.Function.EffectiveCodePath) is { } linkProblem)
        {
            throw new RunException(linkProblem);
        }

        var region = new Config("aws").Get("region");
        var lambda = new PredictiveLambda(ComponentName, PredictiveLambdaArgs.From(result.Settings, region));

        return new Dictionary<string, object?>
        {
            ["functionName"] = lambda.FunctionName,
            ["functionArn"] = lambda.FunctionArn,
            ["aliasArn"] = lambda.AliasArn,
            ["version"] = lambda.Version,
            ["scalableTargetId"] = lambda.ScalableTargetId,
            ["alarmNames"] = lambda.AlarmNames,
            ["topicArn"] = lambda.TopicArn,
            ["dashboardName"] = lambda.DashboardName,
        };
    }

    /// <summary>
    /// Every key of the project's namespace as JSON. The known keys are read through <see cref="Config"/>; the
    /// names of the others come from the config the engine hands the program (<c>PULUMI_CONFIG</c>), so a typo
    /// such as <c>scalling</c> reaches the loader and is reported instead of silently ignored.
    /// </summary>
    private static IReadOnlyDictionary<string, JsonElement> ReadProjectConfig(string projectName)
    {
        var config = new Config();
        var keys = StackSettingsLoader.Keys.Concat(ProjectKeysFromEngine(projectName)).Distinct(StringComparer.Ordinal);
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (config.Get(key) is not { } raw)
            {
                continue;
            }

            values[key] = ParseValue(raw);
        }

        return values;
    }

    /// <summary>Structured values arrive as JSON text; a plain scalar such as <c>abc</c> is kept as a JSON string.</summary>
    private static JsonElement ParseValue(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(raw);
        }
    }

    private static IEnumerable<string> ProjectKeysFromEngine(string projectName)
    {
        var all = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        if (string.IsNullOrEmpty(all))
        {
            return [];
        }

        var prefix = projectName + ":";
        using var document = JsonDocument.Parse(all);
        return document.RootElement.EnumerateObject()
            .Select(property => property.Name)
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => name[prefix.Length..])
            .Select(key => key.StartsWith("config:", StringComparison.Ordinal) ? key["config:".Length..] : key)
            .ToList();
    }
}
