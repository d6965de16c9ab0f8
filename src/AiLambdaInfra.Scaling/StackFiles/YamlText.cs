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
    /// <remarks>
    /// A flow collection's start and end events have no width: each sits on its bracket, so the closing bracket counts
    /// as one character from its event's start. A block collection's end event sits on the next token, possibly lines
    /// later, so it does not count.
    /// </remarks>
    public static long SkipNode(IParser parser)
    {
        var flow = new Stack<bool>();
        long end = 0;
        do
        {
            var e = parser.Consume<ParsingEvent>();
            switch (e)
            {
                case MappingStart ms:
                    flow.Push(ms.Style == MappingStyle.Flow);
                    if (flow.Peek()) end = Math.Max(end, ms.Start.Index + 1);
                    break;
                case SequenceStart ss:
                    flow.Push(ss.Style == SequenceStyle.Flow);
                    if (flow.Peek()) end = Math.Max(end, ss.Start.Index + 1);
                    break;
                case MappingEnd or SequenceEnd:
                    if (flow.Pop()) end = Math.Max(end, Math.Max(e.End.Index, e.Start.Index + 1));
                    break;
                default: end = Math.Max(end, e.End.Index); break;
            }
        } while (flow.Count > 0);
        return end;
    }

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
