namespace AiLambdaInfra.Handler.Metrics;

/// <summary>Where the function's metric lines go: standard output on Lambda, a list in tests, nowhere in the bench.</summary>
public interface IMetricsSink
{
    /// <summary>Writes one complete line (no line break in it); the sink ends it.</summary>
    void WriteLine(string line);
}
