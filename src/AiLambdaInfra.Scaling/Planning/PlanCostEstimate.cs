using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Estimated monthly bill (30 days) of the plan against keeping the stack's max provisioned all day and against no
/// provisioned concurrency, for the forecast demand. Request charges are left out: they are the same in all three.
/// </summary>
public sealed record PlanCostEstimate(CostBreakdown Planned, CostBreakdown MaxAllDay, CostBreakdown OnDemandOnly, LambdaPrices Prices, int MemoryMb);
