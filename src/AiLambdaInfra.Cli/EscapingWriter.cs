using System.Text;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Cli;

/// <summary>
/// Everything a command prints passes through here, so that no byte of a user's file reaches the terminal or a CI log
/// as a control sequence, whichever message echoed it. Newlines, tabs and a carriage return ending a line (CRLF) pass:
/// a message or a diff has its own lines. A carriage return on its own is escaped, since GitHub's runner starts a log
/// line at it. Messages that echo a value escape it in full first (<see cref="Printable"/>), so a value cannot start a
/// line either.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    /// <summary>A carriage return written last, held until the next character says whether it ends a line.</summary>
    private bool _pendingReturn;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            inner.Write(value == '\n' ? "\r" : @"\r");
        }
        if (value == '\r') _pendingReturn = true;
        else if (Printable.IsUnsafe(value, keepLineBreaks: true)) inner.Write(Printable.Escape(value.ToString()));
        else inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (_pendingReturn || value[^1] == '\r')
        {
            foreach (var c in value) Write(c);
            return;
        }
        inner.Write(Printable.Escape(value, keepLineBreaks: true));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            inner.Write(@"\r");
        }
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
