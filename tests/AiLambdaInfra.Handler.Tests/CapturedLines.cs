using AiLambdaInfra.Handler.Metrics;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>A metrics sink that keeps every line, so a test can read what the function would log.</summary>
internal sealed class CapturedLines : IMetricsSink
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    public void WriteLine(string line) => lines.Add(line);
}
