using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// A stack file that cannot be read or is not the YAML a Pulumi stack file must be; names the file and line. The message
/// has control characters escaped, since it may echo the file's bytes.
/// </summary>
public sealed class StackFileException(string fileName, int? line, string problem, bool unreadable = false)
    : Exception(Printable.Escape(line is null ? $"{fileName}: {problem}" : $"{fileName}:{line}: {problem}"))
{
    /// <summary>True when the file could not be read at all (missing, no permission), as opposed to read and found wrong.</summary>
    public bool Unreadable { get; } = unreadable;

    public string FileName { get; } = fileName;

    /// <summary>1-based line of the problem, when it has one.</summary>
    public int? Line { get; } = line;

    public string Problem { get; } = problem;
}
