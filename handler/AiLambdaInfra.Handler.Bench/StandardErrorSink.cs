using AiLambdaInfra.Handler.Metrics;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>Shows metric lines on standard error, so that standard output holds only the response.</summary>
public sealed class StandardErrorSink : IMetricsSink
{
    public void WriteLine(string line) => Console.Error.WriteLine(line);
}
