using AiLambdaInfra.Scaling.Planning;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>What the nightly pull request says about a plan change.</summary>
/// <param name="StackName">The stack file planned (<c>Pulumi.prod.yaml</c>).</param>
/// <param name="Diff">What <c>pulumi up</c> does to the target's scheduled actions.</param>
/// <param name="CostBefore">The estimated monthly cost of the plan deployed now; null when the region has no prices.</param>
/// <param name="CostAfter">The same for tonight's plan.</param>
/// <param name="LastWeek">The last week of history played under both plans.</param>
/// <param name="Timezone"><c>scaling.timezone</c>, for actions that name none.</param>
public sealed record NightlyReport(string StackName, ScheduledActionDiff Diff, PlanCostEstimate? CostBefore, PlanCostEstimate? CostAfter, ReplayedWeek LastWeek, string Timezone)
{
    /// <summary>
    /// Whether tonight's self-tuning chose tracking alone, so the planned actions still on the target are only handed back
    /// (<see cref="NeutralPlan"/>). Defaults to false.
    /// </summary>
    public bool HandedBack { get; init; }

    /// <summary>
    /// The stack's tracking keys this change rewrites (<c>plan --apply-recommendations</c>), as "`key`: old → new" phrases;
    /// the deploy updates the target-tracking policy with them. Defaults to none.
    /// </summary>
    public IReadOnlyList<string> TrackingChanges { get; init; } = [];
}
