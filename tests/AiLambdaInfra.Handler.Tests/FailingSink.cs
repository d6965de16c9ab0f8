using AiLambdaInfra.Handler.Metrics;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>A sink whose output is gone, as a closed standard output would be.</summary>
internal sealed class FailingSink : IMetricsSink
{
    public void WriteLine(string line) => throw new IOException("Broken pipe");
}
