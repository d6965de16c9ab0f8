using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Scaling.Tests.Tuning;

/// <summary>The choice rule on hand-made frontiers: the budget first, then the fewest cold starts the replay can tell apart.</summary>
public class CandidateChoiceTests
{
    private static CandidateScore Plan(double quantile, double spill, double cost) =>
        new(new TuningCandidate(CandidateKind.Floor, quantile, "Average", 0.7, true), spill, cost);

    private static readonly CandidateScore[] AwsOnly =
    [
        new(new TuningCandidate(CandidateKind.TrackingOnly, 0, "Average", 0.7, false), 2.6, 1.19),
        new(new TuningCandidate(CandidateKind.TrackingOnly, 0, "Maximum", 0.7, false), 1.86, 1.34),
    ];

    [Fact]
    public void WithinBudget_TheCheapestThatMeetsItIsChosen()
    {
        var (chosen, rule) = CandidateChoice.Choose([Plan(0.5, 0.6, 1.20), Plan(0.7, 0.45, 1.22), Plan(0.9, 0.3, 1.30)], AwsOnly, 0.5);

        Assert.Equal(0.7, chosen.Candidate.Quantile);
        Assert.Equal("the cheapest candidate whose spill is within the 0.5 % budget.", rule);
    }

    [Fact]
    public void OverBudget_SpillWithinTheReplaysResolutionOfTheFewest_TakesTheCheapest()
    {
        // A burst day in the replay puts every plan near 2 %. P95 spills least at no more than tracking on Maximum costs;
        // P85 spills 3.4 % more, which a week's replay does not resolve, for 0.07× less: P85. P70 spills 9 % more.
        var (chosen, rule) = CandidateChoice.Choose([Plan(0.7, 1.96, 1.22), Plan(0.85, 1.865, 1.26), Plan(0.95, 1.804, 1.33)], AwsOnly, 0.5);

        Assert.Equal(0.85, chosen.Candidate.Quantile);
        Assert.Equal(
            "no candidate meets the 0.5 % budget for at most the cost of tracking on Maximum at 0.7 alone (1.34× perfect foresight); "
            + "chosen: the lowest spill at no more than that cost (the cheapest within 5% of it).", rule);
    }

    [Fact]
    public void OverBudget_DearerThanTheReactiveCost_IsNotBought()
    {
        var (chosen, _) = CandidateChoice.Choose([Plan(0.7, 1.96, 1.22), Plan(0.99, 1.0, 1.60)], AwsOnly, 0.5);

        Assert.Equal(0.7, chosen.Candidate.Quantile);
    }
    [Fact]
    public void BudgetMetOnlyWithinTheResolutionOfTheFewest_TheRuleSaysSo()
    {
        // P95 meets the 1.95 % budget; P90 spills 2.8 % more than P95 (within the resolution) for 0.06× less.
        var (chosen, rule) = CandidateChoice.Choose([Plan(0.9, 1.968, 1.27), Plan(0.95, 1.914, 1.33)], AwsOnly, 1.95);

        Assert.Equal(0.9, chosen.Candidate.Quantile);
        Assert.Equal(
            "the 1.95 % budget is met for at most the cost of tracking on Maximum at 0.7 alone (1.34× perfect foresight) only within the replay's "
            + "resolution (5%) of the fewest spill there, 1.914 %; chosen: the cheapest within it, over the budget by less than the replay can tell.", rule);
    }

    [Fact]
    public void BudgetMetByMoreThanTheResolution_IsKept()
    {
        var (chosen, _) = CandidateChoice.Choose([Plan(0.9, 1.968, 1.27), Plan(0.95, 1.5, 1.33)], AwsOnly, 1.95);

        Assert.Equal(0.95, chosen.Candidate.Quantile);
    }

    [Fact]
    public void EveryCandidateDearerThanTrackingAlone_TheCheapestIsChosen_AndTheRuleSaysWhy()
    {
        var (chosen, rule) = CandidateChoice.Choose([Plan(0.9, 1.5, 1.5), Plan(0.99, 0.2, 1.9)], AwsOnly, 0.5);

        Assert.Equal(0.9, chosen.Candidate.Quantile);
        Assert.Equal("every candidate costs more than tracking on Maximum at 0.7 alone (1.34× perfect foresight), and the cheapest of them is over the 0.5 % budget; chosen: the cheapest on the frontier.", rule);
    }
}
