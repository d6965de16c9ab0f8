namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>A trace file that cannot be read; <see cref="Errors"/> holds every problem found, each naming the file and line.</summary>
public sealed class TraceFormatException(IReadOnlyList<string> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
