namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>A stack file that cannot be read or is not the YAML a Pulumi stack file must be; names the file and line.</summary>
public sealed class StackFileException(string fileName, int? line, string problem)
    : Exception(line is null ? $"{fileName}: {problem}" : $"{fileName}:{line}: {problem}")
{
    public string FileName { get; } = fileName;

    /// <summary>1-based line of the problem, when it has one.</summary>
    public int? Line { get; } = line;

    public string Problem { get; } = problem;
}
