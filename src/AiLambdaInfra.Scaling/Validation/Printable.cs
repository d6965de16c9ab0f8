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
    /// <summary>
    /// <paramref name="text"/> with every unsafe character escaped; with <paramref name="keepLineBreaks"/>, newlines,
    /// carriage returns and tabs pass (for whole outputs such as a diff, whose lines are the tool's own).
    /// </summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        var unsafeAt = -1;
        for (var i = 0; i < text.Length && unsafeAt < 0; i++)
            if (IsUnsafe(text[i], keepLineBreaks)) unsafeAt = i;
        if (unsafeAt < 0) return text;

        var result = new StringBuilder(text.Length + 16).Append(text, 0, unsafeAt);
        for (var i = unsafeAt; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c, keepLineBreaks)) result.Append(c);
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

    /// <summary>True for a character <see cref="Escape"/> replaces.</summary>
    public static bool IsUnsafe(char c, bool keepLineBreaks = false) => c switch
    {
        '\n' or '\r' or '\t' => !keepLineBreaks,
        < ' ' or >= '\u007f' and <= '\u009f' => true,
        '\u2028' or '\u2029' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
