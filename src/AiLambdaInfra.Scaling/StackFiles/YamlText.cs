using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Text positions in a stack file from the YAML parser's marks, for the writers that change a few lines and keep every
/// other byte.
/// </summary>
internal static class YamlText
{
    /// <summary>Consumes one node and returns the character index just after its last written character.</summary>
    public static long SkipNode(IParser parser)
    {
        var depth = 0;
        long end = 0;
        do
        {
            var e = parser.Consume<ParsingEvent>();
            switch (e)
            {
                case MappingStart ms: depth++; if (ms.Style == MappingStyle.Flow) end = Math.Max(end, ms.End.Index); break;
                case SequenceStart ss: depth++; if (ss.Style == SequenceStyle.Flow) end = Math.Max(end, ss.End.Index); break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    // A block collection "ends" at the next token, possibly lines later; only flow brackets count.
                    if (IsFlowEnd(e)) end = Math.Max(end, e.End.Index);
                    break;
                default: end = Math.Max(end, e.End.Index); break;
            }
        } while (depth > 0);
        return end;
    }

    /// <summary>True for the closing bracket of a flow collection; a block collection's end event has no width.</summary>
    public static bool IsFlowEnd(ParsingEvent e) => e.Start.Index != e.End.Index;

    /// <summary>The spaces that open the line holding <paramref name="index"/>.</summary>
    public static int Indentation(string text, long index)
    {
        var start = LineStart(text, index);
        var i = start;
        while (i < text.Length && text[i] == ' ') i++;
        return i - start;
    }

    /// <summary>The index where the line holding <paramref name="index"/> starts.</summary>
    public static int LineStart(string text, long index)
    {
        var i = (int)Math.Min(index, text.Length);
        while (i > 0 && text[i - 1] != '\n') i--;
        return i;
    }

    /// <summary>The index just after the newline ending the line that holds <paramref name="index"/> (the text's end on its last line).</summary>
    public static int LineEnd(string text, long index)
    {
        var i = (int)Math.Min(index, text.Length);
        if (i > 0 && text[i - 1] == '\n') return i;
        while (i < text.Length && text[i] != '\n') i++;
        return i < text.Length ? i + 1 : i;
    }

    /// <summary>The text's line ending: CRLF when any line has one, otherwise LF.</summary>
    public static string NewlineOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>Whether the text ends with a line ending, so that an edit at its end can keep a missing final newline missing.</summary>
    public static bool EndsWithNewline(string text) => text.Length > 0 && text[^1] == '\n';
}
