using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiLambdaInfra.Scaling.Files;
using AiLambdaInfra.Scaling.Settings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// A <c>Pulumi.&lt;stack&gt;.yaml</c> file read as Pulumi reads it: the <c>config:</c> mapping, each structured value as
/// JSON, plus the line of every key so that errors can point at it. Reading never changes the file.
/// </summary>
public sealed class StackFile
{
    private readonly Dictionary<string, JsonNode?> _config;
    private readonly Dictionary<string, int> _lines;
    private readonly HashSet<string> _secrets;

    private StackFile(string fileName, string text, bool hasByteOrderMark, string fingerprint, Dictionary<string, JsonNode?> config, Dictionary<string, int> lines, HashSet<string> secrets)
    {
        _secrets = secrets;
        Fingerprint = fingerprint;
        FileName = fileName;
        Text = text;
        HasByteOrderMark = hasByteOrderMark;
        _config = config;
        _lines = lines;
    }

    /// <summary>The name used in messages (as given on the command line).</summary>
    public string FileName { get; }

    /// <summary>The file's text, byte for byte as read (without a UTF-8 byte-order mark).</summary>
    public string Text { get; }

    /// <summary>Whether the file starts with a UTF-8 byte-order mark, so that a rewrite can keep it.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>Every config key of the file as written (<c>aws:region</c>, <c>ai-lambda-infra:scaling</c>), in file order.</summary>
    public IEnumerable<string> ConfigKeys => _config.Keys;

    /// <summary>
    /// Reads a stack file as strict UTF-8; a missing or unreadable file, a directory or one over <see cref="MaxBytes"/> is a
    /// <see cref="StackFileException"/> marked <see cref="StackFileException.Unreadable"/>, text that is not UTF-8 or not
    /// YAML (or YAML that <see cref="YamlGuard"/> refuses) one with the problem and its line.
    /// </summary>
    public static StackFile Load(string path, string? displayName = null)
    {
        var name = displayName is "" ? "''" : displayName ?? path;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
                throw new StackFileException(name, null, "cannot be read: it is a directory. Pass a Pulumi.<stack>.yaml file.", unreadable: true);
            bytes = BoundedFile.ReadAtMost(path, (int)MaxBytes + 1);
            if (bytes.Length > MaxBytes)
            {
                // FileInfo.Length is 0 for a pipe, /dev/stdin, a device or a FIFO, so the bound is the bytes read.
                var length = new FileInfo(path).Length;
                var size = length > MaxBytes ? $"{length / 1024} KB, more than" : "more than";
                throw new StackFileException(name, null,
                    $"cannot be read: it holds {size} the {MaxBytes / 1024} KB a stack file may (one with 200 scheduled actions holds about 40 KB).", unreadable: true);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new StackFileException(name, null, "cannot be read: there is no such file. Check the path, or run from the project root.", unreadable: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StackFileException(name, null, $"cannot be read: {e.Message}", unreadable: true);
        }

        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var start = bom ? Encoding.UTF8.Preamble.Length : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw new StackFileException(name, null, "is not UTF-8 text; a Pulumi stack file is YAML. Save it as UTF-8.");
        }
        var file = Parse(text, name, bom, FingerprintOf(bytes));
        file.FullPath = Path.GetFullPath(path);
        return file;
    }

    /// <summary>Where the file was read from, when it was read from disk; its folder is the project's (Pulumi.yaml's).</summary>
    public string? FullPath { get; private set; }

    /// <summary>The largest stack file read: 1 MB, some twenty-five times one holding the most scheduled actions AWS allows.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>SHA-256 of the file's bytes as read, so that a rewrite can tell whether someone changed the file meanwhile.</summary>
    public string Fingerprint { get; }

    /// <summary>SHA-256 of <paramref name="bytes"/> in hex, as <see cref="Fingerprint"/> holds it.</summary>
    public static string FingerprintOf(ReadOnlySpan<byte> bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>Parses stack-file text; YAML that does not parse is a <see cref="StackFileException"/> with its line.</summary>
    public static StackFile Parse(string text, string fileName, bool hasByteOrderMark = false, string? fingerprint = null)
    {
        fingerprint ??= FingerprintOf(Encoding.UTF8.GetBytes(hasByteOrderMark ? "\uFEFF" + text : text));
        var stream = new YamlStream();
        try
        {
            YamlGuard.Check(text, fileName);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var problem = e.InnerException?.Message ?? e.Message;
            if (problem.Contains(" tab", StringComparison.Ordinal) && TabIndentedLine(text, (int)e.Start.Line) is { } tabLine)
                throw new StackFileException(fileName, tabLine, "is not valid YAML: a tab indents this line, and YAML indents with spaces only. Replace the tab with spaces.");
            throw new StackFileException(fileName, (int)e.Start.Line, $"is not valid YAML: {problem.TrimEnd('.')}.");
        }
        catch (InvalidOperationException)
        {
            // Some malformed input makes YamlDotNet's scanner fail without a position; the line after the
            // last event that parsed is where the trouble starts.
            throw new StackFileException(fileName, LastGoodLine(text) + 1, "is not valid YAML: check brackets, quotes and indentation here.");
        }

        var config = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new StackFile(fileName, text, hasByteOrderMark, fingerprint, config, lines, secrets);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new StackFileException(fileName, Line(stream.Documents[0].RootNode), "must be a YAML mapping with a `config:` key.");

        var configNode = root.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "config" });
        if (configNode.Value is null || configNode.Value is YamlScalarNode { Value: null or "" })
            return new StackFile(fileName, text, hasByteOrderMark, fingerprint, config, lines, secrets);
        if (configNode.Value is not YamlMappingNode configMapping)
            throw new StackFileException(fileName, Line(configNode.Value), "`config:` must be a mapping of keys such as `aws:region: us-east-1`.");

        var prefix = StackSettingsLoader.ConfigNamespace + ":";
        if (root.Children.Keys.FirstOrDefault(k => k is not YamlScalarNode) is { } oddRootKey)
            throw new StackFileException(fileName, Line(oddRootKey), "has a top-level key that is a list or mapping; keys are plain names such as `config`.");
        foreach (var (keyNode, valueNode) in configMapping.Children)
        {
            var key = keyNode is YamlScalarNode scalarKey ? YamlJson.CheckedKey(scalarKey.Value ?? "", keyNode, fileName)
                : throw new StackFileException(fileName, Line(keyNode), "`config:` has a key that is a list or mapping; config keys are plain names such as `aws:region` or `ai-lambda-infra:scaling`.");
            var path = key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key;
            lines[path] = Line(keyNode);
            config[key] = YamlJson.ToJson(valueNode, path, lines, secrets, fileName);
        }
        return new StackFile(fileName, text, hasByteOrderMark, fingerprint, config, lines, secrets);
    }

    /// <summary>The project's keys (without <c>ai-lambda-infra:</c>) and their values as JSON, ready for <see cref="StackSettingsLoader"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement> ProjectValues()
    {
        var prefix = StackSettingsLoader.ConfigNamespace + ":";
        return _config
            .Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => ToElement(kv.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// The paths of <c>secure:</c> values (<c>alarms.emails[0]</c>, and <c>aws:region</c> in full for a key outside the
    /// project): offline they read as <c>[secret]</c>, so rules on their content cannot be checked.
    /// </summary>
    public IReadOnlySet<string> SecretKeys => _secrets;

    /// <summary>True when the value at <paramref name="key"/> (a path as <see cref="SecretKeys"/> holds it) is a <c>secure:</c> value.</summary>
    public bool IsSecret(string key) => _secrets.Contains(key);

    /// <summary>True when the file has the config key, written in full (<c>ai-lambda-infra:scaling</c>).</summary>
    public bool HasConfigKey(string key) => _config.ContainsKey(key);

    /// <summary>A plain config value such as <c>aws:region</c>; null when absent or not a scalar.</summary>
    public string? GetString(string key) =>
        _config.TryGetValue(key, out var node) && node is JsonValue value
            ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
            : null;

    /// <summary>
    /// The 1-based line of a settings key (<c>scaling.scheduledActions[1].schedule</c>); when the key itself is not in the
    /// file (a default that broke a rule), the line of its nearest written parent.
    /// </summary>
    public int? LineOf(string key)
    {
        // A key written as the namespace alone (`ai-lambda-infra::`) has the empty path, which the loop below never tries.
        if (_lines.TryGetValue(key, out var own)) return own;
        for (var candidate = key; candidate.Length > 0; candidate = Parent(candidate))
            if (_lines.TryGetValue(candidate, out var line))
                return line;
        return null;
    }

    /// <summary>
    /// The config as Pulumi hands it to a program in the <c>PULUMI_CONFIG</c> environment variable: a JSON object of
    /// full keys to strings, structured values serialized as JSON strings.
    /// </summary>
    public string ToPulumiConfigJson()
    {
        var result = new JsonObject();
        foreach (var (key, node) in _config)
            result[key] = node is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : node?.ToJsonString() ?? "";
        return result.ToJsonString();
    }

    /// <summary>The first line from <paramref name="from"/> on whose indentation holds a tab: where YamlDotNet's "tab" errors really are.</summary>
    private static int? TabIndentedLine(string text, int from)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, from - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t')) return i + 1;
        }
        return null;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static int LastGoodLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 0;
        try
        {
            while (parser.MoveNext())
                line = (int)parser.Current!.End.Line;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: the parse stops where the text breaks, and the line reached so far is the answer.
        }
        return line;
    }

    private static JsonElement ToElement(JsonNode? node) =>
        node is null ? JsonDocument.Parse("null").RootElement.Clone() : JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static string Parent(string key)
    {
        var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
        return cut <= 0 ? "" : key[..cut];
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
