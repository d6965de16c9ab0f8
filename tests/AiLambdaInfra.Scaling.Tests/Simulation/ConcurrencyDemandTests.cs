using AiLambdaInfra.Scaling.Simulation;
using FsCheck.Xunit;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class ConcurrencyDemandTests
{
    private static readonly Instant Start = Instant.FromUtc(2024, 1, 1, 0, 0);

    [Fact]
    public void RequestsPerMinute_BecomeConcurrency_ByLittlesLaw()
    {
        // 600 requests a minute = 10 per second; at 1.5 s each, 15 in flight.
        var demand = ConcurrencyDemand.From(new DemandTrace(Start, [600, double.NaN]), DemandKind.Requests, 1.5);

        Assert.Equal(15, demand.Concurrency.Values[0], 9);
        Assert.True(double.IsNaN(demand.Concurrency.Values[1]));
        Assert.Equal(600, demand.RequestsAt(0), 9);
    }

    [Property]
    public bool ScaledDemand_HasTheRequestedP99(FsCheck.PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var values = Enumerable.Range(0, 500).Select(_ => random.NextDouble() * 40 + 1).ToArray();
        var scaled = ConcurrencyDemand.From(new DemandTrace(Start, values), DemandKind.Concurrency, 1).ScaledToP99(100);

        return Math.Abs(ConcurrencyDemand.Percentile(scaled.Concurrency.Values, 0.99) - 100) < 1e-9;
    }

    [Fact]
    public void MinutePeak_IsAboveTheMean_ByThePoissonQuantile()
    {
        // 1 s invocations: 60 looks a minute, quantile 1 − 1/60 ≈ z 2.128.
        Assert.Equal(100 + 2.128 * 10, MinutePeak.Estimate(100, 1), 1);
        Assert.Equal(100, MinutePeak.Estimate(100, 60));
        Assert.Equal(1.959964, MinutePeak.StandardNormalQuantile(0.975), 5);
    }
}
