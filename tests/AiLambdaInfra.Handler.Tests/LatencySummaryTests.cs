using AiLambdaInfra.Handler.Bench;

namespace AiLambdaInfra.Handler.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_UseTheNearestRank()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)(101 - i)).ToList());

        Assert.Equal(new LatencySummary(100, 50, 90, 99, 50.5, 100), summary);
    }

    [Fact]
    public void SingleSample_IsEveryPercentile()
    {
        Assert.Equal(new LatencySummary(1, 7, 7, 7, 7, 7), LatencySummary.Of([7.0]));
    }
}
