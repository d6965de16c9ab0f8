using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class ScorerTests
{
    private static readonly Workload TwoGbOneSecond = new(MeanDurationSeconds: 1, MemoryMb: 2048);

    [Fact]
    public void OverflowBeyondProvisioned_SpillsOver_AndIsBilledOnDemand()
    {
        // Minute 0: 8 busy of 10. Minute 1: 14 busy of 10, so 4 of 14 spill (840 requests × 4/14 = 240). Minute 2 unknown.
        var demand = new ConcurrencyDemand(new DemandTrace(Instant.FromUtc(2024, 1, 1, 0, 0), [8, 14, double.NaN]), 1);
        var prices = PriceCatalog.For("us-east-1", "arm64");

        var score = Scorer.Score("test", demand, [10, 10, 10], TwoGbOneSecond, prices, keepAliveMinutes: 5, initMilliseconds: 1500);

        Assert.Equal(480 + 840, score.Invocations, 9);
        Assert.Equal(240, score.SpilloverInvocations, 9);
        Assert.Equal(100d * 240 / 1320, score.SpilloverPercent, 9);
        Assert.Equal(4, score.ColdStarts);
        Assert.Equal(6, score.ColdStartSeconds, 9);
        Assert.Equal(0.5, score.ProvisionedUnitHours, 9);           // 30 unit-minutes, unknown minute included
        Assert.Equal(18d / 20, score.MeanUtilization, 9);            // known minutes only
        Assert.Equal(30 * 60 * 2, score.Usage.ProvisionedGbSeconds, 9);
        Assert.Equal(18 * 60 * 2, score.Usage.ProvisionedDurationGbSeconds, 9);
        Assert.Equal(4 * 60 * 2, score.Usage.OnDemandDurationGbSeconds, 9);
        // $: 3600 × 0.0000033334 + 2160 × 0.0000077778 + 480 × 0.0000133334 + 1320 × 0.0000002
        Assert.Equal(0.01200024, score.Cost.Provisioned, 12);
        Assert.Equal(0.016800048, score.Cost.DurationOnProvisioned, 12);
        Assert.Equal(0.006400032, score.Cost.OnDemandDuration, 12);
        Assert.Equal(0.000264, score.Cost.Requests, 12);
    }
}
