using AiLambdaInfra.Scaling.Settings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using static AiLambdaInfra.Scaling.StackFiles.YamlText;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Sets the user-owned scalar keys a recommendation may change (<c>statistic</c>, <c>targetUtilization</c>,
/// <c>targetTracking</c>) under a stack file's <c>ai-lambda-infra:scaling</c> section, or the planner's own
/// <c>ai-lambda-infra:plannedStatistic</c> under <c>config:</c>, changing nothing else: the YAML parser's marks locate the value, and only its
/// characters are replaced (quotes included, a trailing comment kept). An absent key gets one line after the section's
/// last line, indented like its other keys, or <c>, key: value</c> before the closing brace of a flow mapping. Comments,
/// key order, other keys and namespaces, <c>secure:</c> values, line endings (LF or CRLF) and a missing final newline are
/// kept; setting what is already written gives the same bytes.
/// </summary>
public static class ScalingKeysWriter
{
    /// <summary>The keys under <c>scaling</c> that may be set: the ones a recommendation changes, all plain values.</summary>
    public static readonly IReadOnlyList<string> Keys = ["statistic", "targetUtilization", "targetTracking"];

    /// <summary>The planner's statistic, for a stack that leaves <c>scaling.statistic</c> unset (<see cref="ScalingSettings.StatisticPinned"/>).</summary>
    public const string PlannedStatisticKey = StackSettingsLoader.ConfigNamespace + ":plannedStatistic";

    private const string ScalingKey = StackSettingsLoader.ConfigNamespace + ":scaling";

    /// <summary>Where keys are set: under the scaling section (<see cref="Keys"/>), or under <c>config:</c> itself (<see cref="PlannedStatisticKey"/>).</summary>
    private sealed record Place(bool Config, IReadOnlyList<string> Keys, string Purpose)
    {
        public string Path(string key) => Config ? key : $"scaling.{key}";
        public string Parent => Config ? "config:" : ScalingKey;
    }

    private static readonly Place Scaling = new(false, Keys, "applying recommendations");
    private static readonly Place Planned = new(true, [PlannedStatisticKey], "planning again");

    /// <summary>
    /// The stack-file text with <c>ai-lambda-infra:plannedStatistic</c> set to <paramref name="statistic"/>, every other
    /// byte kept; as <see cref="Set"/>.
    /// </summary>
    /// <exception cref="StackFileException">As <see cref="Set"/>, for <c>config:</c> and the key.</exception>
    /// <exception cref="ArgumentException"><paramref name="statistic"/> is not one of <see cref="StackSettingsLoader.Statistics"/>.</exception>
    public static string SetPlannedStatistic(string text, string statistic, string fileName)
    {
        if (!StackSettingsLoader.Statistics.Contains(statistic))
            throw new ArgumentException($"The planner's statistic must be one of {string.Join(", ", StackSettingsLoader.Statistics)}, got \"{statistic}\".", nameof(statistic));
        return SetIn(text, [new(PlannedStatisticKey, statistic)], fileName, Planned);
    }

    /// <summary>The stack-file text with each of <paramref name="values"/> (key under scaling → plain YAML scalar text, e.g. "statistic" → "Maximum", "targetUtilization" → "0.8") set under `ai-lambda-infra:scaling`, every other byte kept.</summary>
    /// <param name="text">The stack file's text, as <see cref="StackFile.Text"/> holds it.</param>
    /// <param name="values">Keys (<c>statistic</c>, <c>targetUtilization</c>, <c>targetTracking</c>) with the YAML scalar text to write; a key given twice takes its last value.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <exception cref="StackFileException">
    /// The text is not valid YAML, has no <c>config:</c> mapping or no scaling section, the section is not a mapping, a key
    /// to set holds a mapping or list, or a value would not read back as written where it has to go.
    /// </exception>
    /// <exception cref="ArgumentException">A key is not one of those three, or a value is not one line of scalar text.</exception>
    public static string Set(string text, IReadOnlyList<KeyValuePair<string, string>> values, string fileName)
    {
        foreach (var (key, value) in values) CheckArgument(key, value);
        return SetIn(text, values, fileName, Scaling);
    }

    private static string SetIn(string text, IReadOnlyList<KeyValuePair<string, string>> values, string fileName, Place place)
    {
        StackFile.Parse(text, fileName); // YAML errors with the same messages as every other command
        var result = text;
        foreach (var (key, value) in values)
            result = SetOne(result, key, value, fileName, place);
        StackFile.Parse(result, fileName); // never hand back text that no longer parses
        var written = Locate(result, fileName, place);
        foreach (var (key, value) in values.GroupBy(v => v.Key).Select(g => g.Last()))
            if (!written.Children.TryGetValue(key, out var child) || child.Value is not Scalar scalar || ValueText(result, scalar) != value)
                throw new StackFileException(fileName, (int)(child?.Key ?? written.Key).Start.Line,
                    $"`{place.Path(key)}` cannot be set to `{value}` here without changing how its neighbours read; write `{key}: {value}` under `{place.Parent}` by hand.");
        return result;
    }

    private static string SetOne(string text, string key, string value, string fileName, Place place)
    {
        var scaling = Locate(text, fileName, place);
        if (scaling.Children.TryGetValue(key, out var child))
        {
            if (child.Value is not Scalar scalar)
                throw new StackFileException(fileName, (int)child.Key.Start.Line,
                    $"`{place.Path(key)}` holds {(child.Value is SequenceStart ? "a list" : "a mapping")}, not a plain value; replace it with one such as `{key}: {value}` (or remove the key) before {place.Purpose}.");
            if (IsEmpty(scalar)) return InsertAfterColon(text, child.Key, value);
            var start = (int)scalar.Start.Index;
            return text[..start] + value + text[(start + ValueText(text, scalar).Length)..];
        }
        if (scaling.IsFlow)
        {
            // After the last value rather than at the brace, so that `{ min: 1 }` keeps its spacing.
            var at = (int)(scaling.IsEmpty ? scaling.Close : scaling.ContentEnd);
            return text[..at] + (scaling.IsEmpty ? "" : ", ") + $"{key}: {value}" + text[at..];
        }
        var newline = NewlineOf(text);
        var line = new string(' ', scaling.Indent) + $"{key}: {value}";
        var lineEnd = LineEnd(text, scaling.ContentEnd);
        return lineEnd == text.Length && !EndsWithNewline(text)
            ? text + newline + line
            : text[..lineEnd] + line + newline + text[lineEnd..];
    }

    /// <summary>A key written with no value (<c>statistic:</c>) gets <c> value</c> after its colon, before any comment.</summary>
    private static string InsertAfterColon(string text, Scalar key, string value)
    {
        var at = (int)key.End.Index;
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        return at < text.Length && text[at] == ':'
            ? text[..(at + 1)] + " " + value + text[(at + 1)..]
            : text[..(int)key.End.Index] + ": " + value + text[(int)key.End.Index..]; // `{statistic}` in a flow mapping
    }

    /// <summary>The characters a scalar value is written with, quotes and block indicators included, without the line ending a block scalar takes along.</summary>
    private static string ValueText(string text, Scalar scalar) =>
        text[(int)scalar.Start.Index..(int)scalar.End.Index].TrimEnd(' ', '\t', '\r', '\n');

    private static bool IsEmpty(Scalar scalar) => scalar is { Value: "", Style: ScalarStyle.Plain } && scalar.Start.Index == scalar.End.Index;

    /// <summary>Keys and values come from code, not from the user: a wrong one is a bug, so it is an <see cref="ArgumentException"/>.</summary>
    private static void CheckArgument(string key, string value)
    {
        if (!Keys.Contains(key))
            throw new ArgumentException($"`{key}` is not a scaling key a recommendation sets; expected one of {string.Join(", ", Keys.Select(k => $"`{k}`"))}.", "values");
        if (!IsOneScalar(value))
            throw new ArgumentException($"The value for `{key}` must be one line of YAML scalar text such as `Maximum` or `0.8`, got \"{value}\".", "values");
    }

    /// <summary>True when <paramref name="value"/> is, by itself, exactly one scalar written on one line.</summary>
    private static bool IsOneScalar(string value)
    {
        if (value.Length == 0 || value.Contains('\n') || value.Contains('\r')) return false;
        var parser = new Parser(new StringReader(value));
        try
        {
            parser.Consume<StreamStart>();
            parser.Consume<DocumentStart>();
            return parser.TryConsume<Scalar>(out var scalar)
                   && scalar is { Tag.IsEmpty: true, Anchor.IsEmpty: true, Style: not (ScalarStyle.Literal or ScalarStyle.Folded) }
                   && scalar.Start.Index == 0 && scalar.End.Index == value.Length
                   && parser.TryConsume<DocumentEnd>(out _);
        }
        catch (YamlException)
        {
            return false;
        }
    }

    private sealed record Child(Scalar Key, NodeEvent Value);

    /// <summary>The scaling mapping: its children of <see cref="Keys"/>, the indentation of its keys and where its text ends.</summary>
    private sealed record Section(Scalar Key, bool IsFlow, bool IsEmpty, int Indent, long ContentEnd, long Close, IReadOnlyDictionary<string, Child> Children);

    private static Section Locate(string text, string fileName, Place place)
    {
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<DocumentStart>(out _) && parser.TryConsume<MappingStart>(out _))
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                if (key.Value != "config")
                {
                    SkipNode(parser);
                    continue;
                }
                if (place.Config) return ReadSection(parser, key, text, fileName, place);
                if (!parser.TryConsume<MappingStart>(out _)) break;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var configKey = parser.Consume<Scalar>();
                    if (configKey.Value == ScalingKey) return ReadSection(parser, configKey, text, fileName, place);
                    SkipNode(parser);
                }
                throw new StackFileException(fileName, (int)key.Start.Line,
                    $"has no `{ScalingKey}` section under `config:`; add one (at least `min` and `max`) before applying recommendations.");
            }
        throw new StackFileException(fileName, null, place.Config
            ? "has no `config:` mapping; add `config:` with the stack's settings before planning again."
            : $"has no `config:` mapping; add `config:` with a `{ScalingKey}` section before applying recommendations.");
    }

    private static Section ReadSection(IParser parser, Scalar key, string text, string fileName, Place place)
    {
        if (!parser.TryConsume<MappingStart>(out var start))
        {
            var found = parser.Current switch
            {
                SequenceStart => "a list",
                Scalar { Value: "" } => "empty",
                Scalar s => $"the plain value `{s.Value}`",
                _ => "not a mapping",
            };
            // `config:` itself is a mapping here: StackFile.Parse refuses a file whose `config:` is not one.
            throw new StackFileException(fileName, (int)key.Start.Line,
                $"`{ScalingKey}` is {found}, not a mapping; write its settings under it, one `name: value` a line (at least `min` and `max`), before applying recommendations.");
        }
        int? indent = null;
        var contentEnd = start.End.Index;
        var children = new Dictionary<string, Child>(StringComparer.Ordinal);
        while (!parser.Accept<MappingEnd>(out _))
        {
            var childKey = parser.Consume<Scalar>();
            // The line's own indentation, not the key's column: an explicit key (`? min`) starts after its indicator.
            indent ??= Indentation(text, childKey.Start.Index);
            var value = parser.Current as NodeEvent;
            contentEnd = Math.Max(contentEnd, Math.Max(SkipNode(parser), childKey.End.Index));
            if (place.Keys.Contains(childKey.Value) && value is not null) children[childKey.Value] = new Child(childKey, value);
        }
        var close = parser.Consume<MappingEnd>();
        return new Section(key, start.Style == MappingStyle.Flow, indent is null, indent ?? 0, contentEnd, close.Start.Index, children);
    }
}
