using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class BacktestVerdictTests
{
    // A score with the given spill (per cent of 100,000 invocations) and cost ratio; the rest does not enter the verdict.
    private static PolicyScore Score(string policy, double spillPercent, double costRatio) => new(
        policy, 100_000, spillPercent * 1_000, 0, 0, 0, 0, new Usage(0, 0, 0, 0), new CostBreakdown(0, 0, 0, 0), costRatio, null, 0, 0);

    // The verdict at a 0.5 % budget on a result with the product and the two reactive options at these (spill %, cost ratio).
    private static BacktestVerdict Judge((double Spill, double Cost) product, (double Spill, double Cost) average, (double Spill, double Cost) maximum) =>
        BacktestVerdict.Of(new BacktestResult(
            new ConcurrencyDemand(new DemandTrace(NodaTime.Instant.FromUtc(2024, 1, 1, 0, 0), [1]), 1), [],
            [
                Score(PolicyNames.Static10, 50, 1.1),
                Score(PolicyNames.TargetTrackingAverage, average.Spill, average.Cost),
                Score(PolicyNames.TargetTrackingMaximum, maximum.Spill, maximum.Cost),
                Score(PolicyNames.PredictiveWithTracking, product.Spill, product.Cost),
                Score(PolicyNames.PerfectForesight, 0, 1),
            ], 1), budgetPercent: 0.5);

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
        var verdict = Judge(product: (0.377, 1.254), average: (1.089, 1.192), maximum: (0.251, 1.345));

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
        var verdict = Judge(product: (8.366, 1.405), average: (25.077, 1.301), maximum: (14.878, 1.445));

        Assert.False(verdict.WithinBudget);
        Assert.Equal("Verdict for predictive + TT: spill 8.366 % — over the 0.5 % budget — at 1.405× perfect foresight.", verdict.Lines().First());
        Assert.Equal(Comparison.Better, verdict.Reactive.Single(r => r.Option.Policy == PolicyNames.TargetTrackingMaximum).Product);
        Assert.Equal("  against TT Maximum alone (14.878 % at 1.445×): no more spill and no more cost, less of one: better.", verdict.Lines().Last());
    }

    [Fact]
    public void CostRatioOnAPrintedMidpoint_IsComparedAsPrinted()
    {
        // 1.0625 is exact in binary: the table prints it 1.063 (half away from zero), as it prints 1.063 itself.
        Assert.Equal(Comparison.Equal, BacktestVerdict.Compare(Score("a", 0.4, 1.0625), Score("b", 0.4, 1.063)));
    }

    [Fact]
    public void SpillPrintedAboveTheBudget_IsOverIt()
    {
        // 0.5005 is held in binary a hair under 0.5005, yet prints 0.501: over a 0.5 % budget, as the line shows.
        var verdict = Judge(product: (0.5005, 1.2), average: (1, 1.1), maximum: (0.3, 1.3));

        Assert.False(verdict.WithinBudget);
        Assert.Equal("Verdict for predictive + TT: spill 0.501 % — over the 0.5 % budget — at 1.200× perfect foresight.", verdict.Lines().First());
    }

    [Fact]
    public void NoCostRatio_LeavesEveryComparisonUndetermined_AndSaysWhy()
    {
        // With no demand over the days played, perfect foresight costs nothing and no cost ratio exists.
        var verdict = Judge(product: (0, double.NaN), average: (0, double.NaN), maximum: (0, double.NaN));

        Assert.All(verdict.Reactive, r => Assert.Equal(Comparison.Undetermined, r.Product));
        Assert.Equal(
        [
            "Verdict for predictive + TT: spill 0.000 % — within the 0.5 % budget — its cost cannot be compared: perfect foresight costs nothing over the days played.",
            "  against TT Average alone (0.000 %): cannot be compared: perfect foresight costs nothing over the days played.",
            "  against TT Maximum alone (0.000 %): cannot be compared: perfect foresight costs nothing over the days played.",
        ], verdict.Lines());
    }
}
