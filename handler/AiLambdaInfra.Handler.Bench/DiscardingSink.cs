using AiLambdaInfra.Handler.Metrics;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>Drops metric lines: the bench still pays for formatting them, but its output stays the figures alone.</summary>
public sealed class DiscardingSink : IMetricsSink
{
    public void WriteLine(string line)
    {
    }
}
