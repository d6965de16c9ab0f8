using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>How one policy did over the played period.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Invocations">Invocations in the minutes whose demand is known.</param>
/// <param name="SpilloverInvocations">Invocations served on demand because provisioned concurrency was full (CloudWatch <c>ProvisionedConcurrencySpilloverInvocations</c>).</param>
/// <param name="ColdStarts">New on-demand execution environments (see <see cref="ColdStartModel"/>).</param>
/// <param name="ColdStartSeconds">Latency the cold starts add: cold starts × the function's init time.</param>
/// <param name="ProvisionedUnitHours">Provisioned concurrency × hours configured, over every played minute.</param>
/// <param name="MeanUtilization">Busy provisioned executions ÷ provisioned executions, over the minutes whose demand is known.</param>
/// <param name="Usage">The billed quantities.</param>
/// <param name="Cost">The bill.</param>
/// <param name="CostRatio">This policy's total cost ÷ the perfect-foresight lower bound's.</param>
/// <param name="MaxScheduledActions">The most scheduled actions one nightly plan put on the target; null when the policy schedules none.</param>
/// <param name="ScaleOuts">Target-tracking scale-outs.</param>
/// <param name="ScaleIns">Target-tracking scale-ins.</param>
public sealed record PolicyScore(
    string Policy,
    double Invocations,
    double SpilloverInvocations,
    double ColdStarts,
    double ColdStartSeconds,
    double ProvisionedUnitHours,
    double MeanUtilization,
    Usage Usage,
    CostBreakdown Cost,
    double CostRatio,
    int? MaxScheduledActions,
    int ScaleOuts,
    int ScaleIns)
{
    /// <summary>Spillover as a per cent of invocations.</summary>
    public double SpilloverPercent => Invocations > 0 ? 100d * SpilloverInvocations / Invocations : 0;
}
