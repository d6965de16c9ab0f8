using System.Text;

namespace AiLambdaInfra.Cli.Tests.Hostile;

/// <summary>One command line and the files it names, as a hostile but realistic user would hand them over.</summary>
internal sealed record HostileCase(string[] Args, IReadOnlyDictionary<string, byte[]> Files, bool HistoryIsDirectory)
{
    public override string ToString() =>
        $"ailambda {string.Join(' ', Args.Select(a => a.Contains(' ') || a.Length == 0 ? $"'{a}'" : a))} with " +
        string.Join(", ", Files.Select(f => $"{f.Key} ({f.Value.Length} bytes: {Preview(f.Value)})"));

    private static string Preview(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var start = Math.Max(0, text.Length - 120);
        return Scaling.Validation.Printable.Escape(text[start..]);
    }
}
