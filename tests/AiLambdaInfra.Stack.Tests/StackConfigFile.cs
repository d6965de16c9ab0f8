using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// The repository's stack files as the Pulumi CLI hands them to a program: <c>PULUMI_CONFIG</c> maps each
/// <c>namespace:key</c> to a string, structured values as JSON text with plain YAML scalars typed
/// (numbers, booleans, null) and quoted scalars kept as strings.
/// </summary>
internal static class StackConfigFile
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ProjectName { get; } = ReadProjectName();

    public static Dictionary<string, string> Load(string stack)
    {
        var path = Path.Combine(RepositoryRoot, $"Pulumi.{stack}.yaml");
        var root = (YamlMappingNode)Document(path).RootNode;
        var config = (YamlMappingNode)root.Children[new YamlScalarNode("config")];
        return config.Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => entry.Value is YamlScalarNode scalar ? scalar.Value ?? "" : ToJson(entry.Value)!.ToJsonString(),
            StringComparer.Ordinal);
    }

    public static string ToPulumiConfigJson(IReadOnlyDictionary<string, string> config) => JsonSerializer.Serialize(config);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(entry =>
            new KeyValuePair<string, JsonNode?>(((YamlScalarNode)entry.Key).Value!, ToJson(entry.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unsupported YAML node {node.NodeType} at {node.Start}."),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null")
        {
            return null;
        }

        if (text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }

    private static YamlDocument Document(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents[0];
    }

    private static string ReadProjectName()
    {
        var root = (YamlMappingNode)Document(Path.Combine(RepositoryRoot, "Pulumi.yaml")).RootNode;
        return ((YamlScalarNode)root.Children[new YamlScalarNode("name")]).Value!;
    }

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
