using System.Globalization;
using System.Text;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Makes text from a user's file safe to echo: control characters (C0, DEL, C1), line and paragraph separators and
/// bidirectional overrides become visible escapes (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>). A value echoed in a
/// message can then neither start a new line (a forged <c>::error</c> annotation in a CI log), move the terminal's
/// cursor or colour it, nor reorder what the reader sees.
/// </summary>
public static class Printable
{
    /// <summary>The most characters of a value a message echoes; longer values are cut, with an ellipsis.</summary>
    public const int MaxEchoedLength = 40;

    /// <summary>
    /// <paramref name="text"/> with every unsafe character escaped; with <paramref name="keepLineBreaks"/>, newlines,
    /// carriage returns ending a line (CRLF) and tabs pass (for whole outputs such as a diff, whose lines are the tool's
    /// own). A carriage return on its own is escaped either way: GitHub's runner starts a new log line at it, so it
    /// could start a forged <c>::error</c> line inside a value.
    /// </summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        var unsafeAt = -1;
        for (var i = 0; i < text.Length && unsafeAt < 0; i++)
            if (IsUnsafeAt(text, i, keepLineBreaks)) unsafeAt = i;
        if (unsafeAt < 0) return text;

        var result = new StringBuilder(text.Length + 16).Append(text, 0, unsafeAt);
        for (var i = unsafeAt; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafeAt(text, i, keepLineBreaks)) result.Append(c);
            else result.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when c <= '\u00ff' => @"\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return result.ToString();
    }

    /// <summary>
    /// A value as a message echoes it: escaped, in quotes, and cut to <see cref="MaxEchoedLength"/> characters with an
    /// ellipsis, so that a megabyte value cannot flood a terminal or a CI log.
    /// </summary>
    public static string Quoted(string value) => "\"" + Short(value) + "\"";

    /// <summary>A value as <see cref="Quoted"/> echoes it, without the quotes (for numbers and names).</summary>
    public static string Short(string value) =>
        Escape(value.Length <= MaxEchoedLength ? value : value[..MaxEchoedLength] + "…");

    private static bool IsUnsafeAt(string text, int i, bool keepLineBreaks) =>
        text[i] == '\r' ? !keepLineBreaks || i + 1 >= text.Length || text[i + 1] != '\n' : IsUnsafe(text[i], keepLineBreaks);

    /// <summary>
    /// True for a character <see cref="Escape"/> replaces; with <paramref name="keepLineBreaks"/>, a carriage return is
    /// safe only before a newline, which this single character cannot tell.
    /// </summary>
    public static bool IsUnsafe(char c, bool keepLineBreaks = false) => c switch
    {
        '\n' or '\r' or '\t' => !keepLineBreaks,
        < ' ' or >= '\u007f' and <= '\u009f' => true,
        '\u2028' or '\u2029' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
