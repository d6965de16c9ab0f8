namespace AiLambdaInfra.Handler.Bench;

/// <summary>Latency percentiles of a set of invocations (nearest-rank method), in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Mean, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("at least one sample is needed.", nameof(samples));
        }

        var sorted = samples.Order().ToArray();
        return new LatencySummary(sorted.Length, Rank(sorted, 50), Rank(sorted, 90), Rank(sorted, 99), sorted.Average(), sorted[^1]);
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1)];
}
