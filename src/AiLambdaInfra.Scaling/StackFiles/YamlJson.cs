using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Converts a YAML config value to JSON the way Pulumi types stack config: unquoted scalars that read as numbers,
/// booleans or null become those; anything quoted or tagged <c>!!str</c> stays a string; <c>secure:</c> values stay opaque.
/// A number too large for a double is an error, never infinity.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>What a <c>secure:</c> value reads as offline: its ciphertext cannot be decrypted without the stack's secrets provider.</summary>
    public const string SecretPlaceholder = "[secret]";

    /// <summary>
    /// <paramref name="node"/> as JSON; the line of every key below it goes into <paramref name="lines"/> and the path of
    /// every <c>secure:</c> value into <paramref name="secrets"/>, by its path below the namespace.
    /// </summary>
    public static JsonNode? ToJson(YamlNode node, string path, Dictionary<string, int> lines, HashSet<string> secrets, string fileName) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar, path, fileName),
        YamlSequenceNode sequence => Sequence(sequence, path, lines, secrets, fileName),
        YamlMappingNode mapping when IsSecure(mapping) => Secret(path, secrets),
        YamlMappingNode mapping => Mapping(mapping, path, lines, secrets, fileName),
        _ => throw new StackFileException(fileName, (int)node.Start.Line, $"`{path}` uses a YAML alias or tag this tool does not read; write the value out."),
    };

    private static JsonValue Secret(string path, HashSet<string> secrets)
    {
        secrets.Add(path);
        return JsonValue.Create(SecretPlaceholder);
    }

    private static JsonArray Sequence(YamlSequenceNode sequence, string path, Dictionary<string, int> lines, HashSet<string> secrets, string fileName)
    {
        var array = new JsonArray();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            var itemPath = $"{path}[{index++}]";
            lines[itemPath] = (int)item.Start.Line;
            array.Add(ToJson(item, itemPath, lines, secrets, fileName));
        }
        return array;
    }

    private static JsonObject Mapping(YamlMappingNode mapping, string path, Dictionary<string, int> lines, HashSet<string> secrets, string fileName)
    {
        var result = new JsonObject();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = CheckedKey((keyNode as YamlScalarNode)?.Value
                ?? throw new StackFileException(fileName, (int)keyNode.Start.Line, $"`{path}` has a key that is not a plain name."), keyNode, fileName);
            var childPath = $"{path}.{key}";
            lines[childPath] = (int)keyNode.Start.Line;
            result[key] = ToJson(valueNode, childPath, lines, secrets, fileName);
        }
        return result;
    }

    /// <summary>
    /// The longest key read: 256 characters, twice a tag key's limit (128, the longest name a setting holds). A longer
    /// key would be echoed in every message about it, so it is refused at its line, cut short.
    /// </summary>
    public const int MaxKeyLength = 256;

    /// <summary><paramref name="key"/>, or an error at its line when it is longer than <see cref="MaxKeyLength"/>.</summary>
    public static string CheckedKey(string key, YamlNode keyNode, string fileName) => key.Length <= MaxKeyLength ? key
        : throw new StackFileException(fileName, (int)keyNode.Start.Line,
            $"has a key of {key.Length} characters, {Printable.Quoted(key)}; no setting, variable or tag name is longer than {MaxKeyLength}. Check the indentation and quotes: a value may have been read as a key.");

    private static bool IsSecure(YamlMappingNode mapping) =>
        mapping.Children.Count == 1 && mapping.Children.Keys.Single() is YamlScalarNode { Value: "secure" };

    private static JsonNode? Scalar(YamlScalarNode scalar, string path, string fileName)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
            return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (text is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (Integer().IsMatch(text) && LeadingZero(text) is { } octal)
            throw new StackFileException(fileName, (int)scalar.Start.Line, $"`{path}` is {Printable.Short(text)}, a number with a leading zero{octal}. Write {Printable.Short(Decimal(text))}, or quote it ({Printable.Quoted(text)}) if a string is meant.");
        if (OtherBase().IsMatch(text))
            throw new StackFileException(fileName, (int)scalar.Start.Line, $"`{path}` is {Printable.Short(text)}, a number in base 2, 8 or 16, which Pulumi reads as a number and this tool cannot check. Write it in decimal, or quote it ({Printable.Quoted(text)}) if a string is meant.");
        if (Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            return JsonValue.Create(whole);
        if (Float().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            return double.IsFinite(real)
                ? JsonValue.Create(real)
                : throw new StackFileException(fileName, (int)scalar.Start.Line, $"`{path}` is the number {Printable.Short(text)}, too large to be read as one. Write a number of ordinary size.");
        return JsonValue.Create(text);
    }

    /// <summary>
    /// Null unless <paramref name="integer"/> has a leading zero (<c>010</c>); then why that is ambiguous. Pulumi reads
    /// stack YAML with go-yaml v3, which keeps YAML 1.1's octals: <c>010</c> is 8 there (and <c>0o10</c> too), while
    /// YAML 1.2 readers take 10 (go-yaml v3 README, "Compatibility": "Octals encode and decode as 0777 per YAML 1.1").
    /// </summary>
    private static string? LeadingZero(string integer)
    {
        var digits = integer.TrimStart('-', '+');
        if (digits.Length < 2 || digits[0] != '0') return null;
        if (digits.Any(d => d is '8' or '9') || digits.Length > 21)
            return ", which YAML readers disagree on (go-yaml, which Pulumi uses, tries it as octal)";
        var octal = Convert.ToInt64(digits, 8) * (integer[0] == '-' ? -1 : 1);
        return $", which Pulumi (go-yaml, YAML 1.1) reads as the octal number {octal}, not {Decimal(integer)}";
    }

    private static string Decimal(string integer)
    {
        var sign = integer[0] == '-' ? "-" : "";
        var digits = integer.TrimStart('-', '+').TrimStart('0');
        return sign + (digits.Length == 0 ? "0" : digits);
    }

    /// <summary>Integers go-yaml reads in another base: <c>0o17</c>, <c>0x1f</c>, <c>0b101</c>.</summary>
    [GeneratedRegex(@"^[-+]?0(o[0-7_]+|x[0-9a-fA-F_]+|b[01_]+)$")]
    private static partial Regex OtherBase();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
