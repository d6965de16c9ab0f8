using AiLambdaInfra.Scaling.Statistics;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Demand as mean concurrent executions per minute, and the requests behind it, by Little's law:
/// concurrency = requests per second × mean duration in seconds
/// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html). Missing minutes stay <see cref="double.NaN"/>.
/// </summary>
public sealed record ConcurrencyDemand(DemandTrace Concurrency, double MeanDurationSeconds)
{
    /// <summary>Requests in minute <paramref name="index"/> (NaN when unknown).</summary>
    public double RequestsAt(int index) => Concurrency.Values[index] * 60d / MeanDurationSeconds;

    /// <summary>Converts a trace of <paramref name="kind"/> into concurrency for a function of <paramref name="meanDurationSeconds"/>.</summary>
    public static ConcurrencyDemand From(DemandTrace trace, DemandKind kind, double meanDurationSeconds)
    {
        if (!(meanDurationSeconds > 0))
            throw new ArgumentOutOfRangeException(nameof(meanDurationSeconds), meanDurationSeconds, "The mean duration must be greater than 0 seconds.");
        var values = kind == DemandKind.Concurrency
            ? (double[])trace.Values.Clone()
            : trace.Values.Select(requestsPerMinute => requestsPerMinute / 60d * meanDurationSeconds).ToArray();
        return new ConcurrencyDemand(trace with { Values = values }, meanDurationSeconds);
    }

    /// <summary>
    /// This demand multiplied so that the 99th percentile of its known minutes equals <paramref name="p99"/> concurrent
    /// executions: a trace of any size becomes a function of the chosen size, its shape kept.
    /// </summary>
    public ConcurrencyDemand ScaledToP99(double p99)
    {
        var current = Percentile(Concurrency.Values, 0.99);
        if (!(current > 0))
            throw new InvalidOperationException("The trace's 99th percentile is 0, so it cannot be scaled to a target; it needs more non-zero minutes.");
        var factor = p99 / current;
        return this with { Concurrency = Concurrency with { Values = Concurrency.Values.Select(v => v * factor).ToArray() } };
    }

    /// <summary>The <paramref name="quantile"/> of the known values, linear between closest ranks; NaN when none is known.</summary>
    public static double Percentile(IEnumerable<double> values, double quantile) =>
        RobustStats.Quantile(values.Where(v => !double.IsNaN(v)).ToArray(), quantile);
}
