using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Settings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using static AiLambdaInfra.Scaling.StackFiles.YamlText;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Writes the planner's actions into a stack file's text under <see cref="Key"/>, changing nothing else: the YAML
/// parser's marks locate the key (with the comment line above it, when it is ours) and the end of its value, and only
/// those lines are replaced; when the key is absent the block is added after the last line of the <c>config:</c>
/// mapping. Comments, key order, other keys, <c>secure:</c> values, line endings (LF or CRLF) and a missing final
/// newline are kept. Rewriting the same actions gives the same bytes.
/// </summary>
public static partial class PlannedActionsWriter
{
    /// <summary>The config key the stack reads the planned actions from.</summary>
    public const string Key = StackSettingsLoader.ConfigNamespace + ":plannedActions";

    /// <summary>The comment written above the key, so that readers know not to edit the list by hand.</summary>
    public const string Comment = "# Written by `ailambda plan` from the function's CloudWatch history; the next run replaces this list.";

    private const string ScalingKey = StackSettingsLoader.ConfigNamespace + ":scaling";

    /// <summary>The stack-file text with <paramref name="actions"/> as its planned actions.</summary>
    /// <exception cref="StackFileException">The text is not valid YAML, has no <c>config:</c> mapping, or no scaling section.</exception>
    public static string Splice(string text, IReadOnlyList<ScheduledActionSettings> actions, string fileName)
    {
        StackFile.Parse(text, fileName); // YAML errors with the same messages as every other command
        var layout = Locate(text, fileName);
        var newline = NewlineOf(text);
        var block = Render(actions, new string(' ', layout.Indent), newline);

        string result;
        if (layout.Planned is { } planned)
        {
            var start = LineStart(text, planned.KeyStart);
            var previous = start > 0 ? LineStart(text, start - 1) : -1;
            if (previous >= 0 && text[previous..start].Trim() == Comment) start = previous;
            var end = LineEnd(text, planned.ValueEnd);
            // A comment the user wrote after the key (`plannedActions: []  # owned by the nightly job`) stays on it.
            var keyLine = text[LineStart(text, planned.KeyStart)..LineEnd(text, planned.KeyStart)].TrimEnd('\r', '\n');
            if (KeyLineComment().Match(keyLine) is { Success: true } comment)
                block = WithKeyComment(block, comment.Groups["comment"].Value, newline);
            var keepsNoFinalNewline = end == text.Length && !EndsWithNewline(text);
            result = text[..start] + (keepsNoFinalNewline ? block[..^newline.Length] : block) + text[end..];
        }
        else
        {
            var at = LineEnd(text, layout.ConfigEnd);
            var needsNewline = at == text.Length && !EndsWithNewline(text);
            result = needsNewline
                ? text + newline + block[..^newline.Length]
                : text[..at] + block + text[at..];
        }
        StackFile.Parse(result, fileName); // never hand back text that no longer parses
        Locate(result, fileName);
        return result;
    }

    /// <summary>The YAML lines for the actions, each line ending with <paramref name="newline"/>.</summary>
    public static string Render(IReadOnlyList<ScheduledActionSettings> actions, string indent, string newline)
    {
        var b = new StringBuilder();
        b.Append(indent).Append(Comment).Append(newline);
        if (actions.Count == 0)
        {
            b.Append(indent).Append(Key).Append(": []").Append(newline);
            return b.ToString();
        }
        b.Append(indent).Append(Key).Append(':').Append(newline);
        foreach (var a in actions)
        {
            var item = indent + "  - ";
            var field = indent + "    ";
            b.Append(item).Append("name: ").Append(Scalar(a.Name)).Append(newline);
            b.Append(field).Append("schedule: ").Append(Scalar(a.Schedule)).Append(newline);
            if (a.Timezone is not null) b.Append(field).Append("timezone: ").Append(Scalar(a.Timezone)).Append(newline);
            if (a.StartTime is { } st) b.Append(field).Append("startTime: ").Append(Scalar(st.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))).Append(newline);
            if (a.EndTime is { } et) b.Append(field).Append("endTime: ").Append(Scalar(et.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))).Append(newline);
            if (a.Min is { } min) b.Append(field).Append("min: ").Append(min.ToString(CultureInfo.InvariantCulture)).Append(newline);
            if (a.Max is { } max) b.Append(field).Append("max: ").Append(max.ToString(CultureInfo.InvariantCulture)).Append(newline);
        }
        return b.ToString();
    }

    /// <summary>The key line with nothing after it but an empty flow list and a comment.</summary>
    [GeneratedRegex(@"^\s*" + Key + @":\s*(\[\s*\])?\s+(?<comment>#.*?)\s*$")]
    private static partial Regex KeyLineComment();

    /// <summary>The rendered block with <paramref name="comment"/> at the end of its key line.</summary>
    private static string WithKeyComment(string block, string comment, string newline)
    {
        var key = block.IndexOf(Key + ":", StringComparison.Ordinal);
        var lineEnd = block.IndexOf(newline, key, StringComparison.Ordinal);
        return block[..lineEnd] + "  " + comment + block[lineEnd..];
    }

    private sealed record Pair(long KeyStart, long ValueEnd);

    private sealed record Layout(int Indent, long ConfigEnd, Pair? Planned);

    private static Layout Locate(string text, string fileName)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
                throw new StackFileException(fileName, null, "has no `config:` mapping to write the planned actions into.");
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                if (key.Value != "config")
                {
                    SkipNode(parser);
                    continue;
                }
                if (!parser.TryConsume<MappingStart>(out var configStart) || configStart.Style == MappingStyle.Flow)
                    throw new StackFileException(fileName, (int)key.Start.Line, "`config:` must be a block mapping (one key per line) for the planner to write into it.");
                int? indent = null;
                long configEnd = configStart.End.Index;
                Pair? planned = null;
                var hasScaling = false;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var configKey = parser.Consume<Scalar>();
                    indent ??= (int)configKey.Start.Column - 1;
                    var valueEnd = SkipNode(parser);
                    configEnd = Math.Max(configEnd, Math.Max(valueEnd, configKey.End.Index));
                    if (configKey.Value == Key) planned = new Pair(configKey.Start.Index, Math.Max(valueEnd, configKey.End.Index));
                    if (configKey.Value == ScalingKey) hasScaling = true;
                }
                if (!hasScaling)
                    throw new StackFileException(fileName, (int)key.Start.Line,
                        $"has no `{ScalingKey}` section under `config:`; add one (at least `min` and `max`) before planning.");
                return new Layout(indent ?? 2, configEnd, planned);
            }
            throw new StackFileException(fileName, null, $"has no `config:` mapping; add `config:` with a `{ScalingKey}` section before planning.");
        }
        catch (YamlException e)
        {
            throw new StackFileException(fileName, (int)e.Start.Line, $"is not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
    }

    /// <summary>A plain YAML scalar when it reads back as the same string, otherwise a double-quoted one.</summary>
    private static string Scalar(string value)
    {
        var plain = value.Length > 0
                    && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
                    && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0
                    && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
                    && !value.EndsWith(':') && value.All(c => !char.IsControl(c))
                    && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    && value.ToLowerInvariant() is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~");
        if (plain) return value;
        return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
