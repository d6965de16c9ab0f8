using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class BacktestVerdictTests
{
    // A score with the given spill (per cent of 100,000 invocations) and cost ratio; the rest does not enter the verdict.
    private static PolicyScore Score(string policy, double spillPercent, double costRatio) => new(
        policy, 100_000, spillPercent * 1_000, 0, 0, 0, 0, new Usage(0, 0, 0, 0), new CostBreakdown(0, 0, 0, 0), costRatio, null, 0, 0);

    private static BacktestResult Result(PolicyScore product, PolicyScore average, PolicyScore maximum) => new(
        new ConcurrencyDemand(new DemandTrace(NodaTime.Instant.FromUtc(2024, 1, 1, 0, 0), [1]), 1), [],
        [Score(PolicyNames.Static10, 50, 1.1), average, maximum, product, Score(PolicyNames.PerfectForesight, 0, 1)], 1);

    [Theory]
    [InlineData(0.3, 1.2, Comparison.Better)]
    [InlineData(0.4, 1.1, Comparison.Better)]
    [InlineData(0.4, 1.2, Comparison.Equal)]
    [InlineData(0.3, 1.3, Comparison.LessSpillForMoreCost)]
    [InlineData(0.5, 1.1, Comparison.LessCostForMoreSpill)]
    [InlineData(0.5, 1.2, Comparison.Worse)]
    [InlineData(0.5, 1.3, Comparison.Worse)]
    public void Product_IsComparedOnSpillAndCostTogether(double spill, double cost, Comparison expected)
    {
        Assert.Equal(expected, BacktestVerdict.Compare(Score("a", spill, cost), Score("b", 0.4, 1.2)));
    }

    [Fact]
    public void DifferenceBelowWhatTheTablePrints_CountsAsEqual()
    {
        Assert.Equal(Comparison.Equal, BacktestVerdict.Compare(Score("a", 0.4000001, 1.2000001), Score("b", 0.4, 1.2)));
    }

    [Fact]
    public void Verdict_JudgesTheProductAgainstTheBudgetAndEachReactiveOption()
    {
        var verdict = BacktestVerdict.Of(Result(
            Score(PolicyNames.PredictiveWithTracking, 0.377, 1.254),
            Score(PolicyNames.TargetTrackingAverage, 1.089, 1.192),
            Score(PolicyNames.TargetTrackingMaximum, 0.251, 1.345)), budgetPercent: 0.5);

        Assert.True(verdict.WithinBudget);
        Assert.Equal(
        [
            "Verdict for predictive + TT: spill 0.377 % — within the 0.5 % budget — at 1.254× perfect foresight.",
            "  against TT Average alone (1.089 % at 1.192×): less spill for more cost: a trade-off.",
            "  against TT Maximum alone (0.251 % at 1.345×): less cost for more spill: a trade-off.",
        ], verdict.Lines());
    }

    [Fact]
    public void SpillAboveTheBudget_IsSaidToBeOver()
    {
        var verdict = BacktestVerdict.Of(Result(
            Score(PolicyNames.PredictiveWithTracking, 8.366, 1.405),
            Score(PolicyNames.TargetTrackingAverage, 25.077, 1.301),
            Score(PolicyNames.TargetTrackingMaximum, 14.878, 1.445)), budgetPercent: 0.5);

        Assert.False(verdict.WithinBudget);
        Assert.Equal("Verdict for predictive + TT: spill 8.366 % — over the 0.5 % budget — at 1.405× perfect foresight.", verdict.Lines().First());
        Assert.Equal(Comparison.Better, verdict.Reactive.Single(r => r.Option.Policy == PolicyNames.TargetTrackingMaximum).Product);
        Assert.Equal("  against TT Maximum alone (14.878 % at 1.445×): no more spill and no more cost, less of one: better.", verdict.Lines().Last());
    }
}
