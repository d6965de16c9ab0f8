using System.Text;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Cli;

/// <summary>
/// Everything a command prints passes through here, so that no byte of a user's file reaches the terminal or a CI log
/// as a control sequence, whichever message echoed it. Line breaks and tabs pass: a message or a diff has its own lines.
/// Messages that echo a value escape it in full first (<see cref="Printable"/>), so a value cannot start a line either.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (Printable.IsUnsafe(value, keepLineBreaks: true)) inner.Write(Printable.Escape(value.ToString(), keepLineBreaks: true));
        else inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is not null) inner.Write(Printable.Escape(value, keepLineBreaks: true));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
