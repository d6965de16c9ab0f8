namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>What the self-tuning replay measured and chose.</summary>
/// <param name="Candidates">Every candidate the planner can write (its own key only), scored.</param>
/// <param name="AwsOnly">AWS's options without prediction: tracking on Average and on Maximum at the stack's target, and no provisioned concurrency.</param>
/// <param name="Recommendations">For each other tracking setting the stack could use, the point the same rule chooses with it on the coarser recommendation grid, against the AWS-only options at its target.</param>
/// <param name="Chosen">The candidate the plan is made with; one of <paramref name="Candidates"/>, on their frontier.</param>
/// <param name="Rule">Which rule chose it, in one sentence.</param>
/// <param name="ReplayDays">Days replayed.</param>
/// <param name="BudgetPercent">The spill budget, <c>planner.spillBudgetPercent</c>.</param>
public sealed record TuningResult(
    IReadOnlyList<CandidateScore> Candidates,
    IReadOnlyList<CandidateScore> AwsOnly,
    IReadOnlyList<CandidateScore> Recommendations,
    CandidateScore Chosen,
    string Rule,
    int ReplayDays,
    double BudgetPercent)
{
    /// <summary>The candidates no other candidate beats on both spill and cost, cheapest first.</summary>
    public IReadOnlyList<CandidateScore> Frontier => CandidateChoice.Frontier(Candidates);
}
