using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Forecasting;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Prices a plan with the project's cost model. Demand is the point forecast (concurrent executions, one 5-minute slot
/// at a time); capacity is the scheduled min in force. Demand up to capacity runs on provisioned concurrency, the rest on
/// demand. The span priced is the plan's week in weekly mode, its horizon otherwise, scaled to 30 days.
/// </summary>
public static class PlanCostEstimator
{
    private static readonly Duration Month = Duration.FromDays(30);

    /// <param name="plan">The plan priced.</param>
    /// <param name="forecast">The demand it is priced against.</param>
    /// <param name="request">The request the plan was made with: the stack's own actions run with the planned ones.</param>
    /// <param name="memoryMb">The function's memory.</param>
    /// <param name="prices">The region's and architecture's prices.</param>
    public static PlanCostEstimate Estimate(CapacityPlan plan, Forecast forecast, PlanRequest request, int memoryMb, LambdaPrices prices)
    {
        var stackMax = request.Max;
        var span = plan.Mode == PlanMode.Weekly ? Duration.FromDays(7) : plan.End - plan.Start;
        var timeline = CapacityPlanner.TargetTimeline(request, plan.Actions, plan.Start, plan.Start + span);
        var slotSeconds = forecast.Step.TotalSeconds;
        double planned = 0, servedPlanned = 0, spilledPlanned = 0, demand = 0, servedMax = 0, spilledMax = 0;
        var change = 0;
        var first = Math.Max(0, forecast.SlotOf(plan.Start));
        var slots = (int)(span.TotalTicks / forecast.Step.TotalTicks);
        for (var i = 0; i < slots; i++)
        {
            var at = plan.Start + forecast.Step * i;
            while (change + 1 < timeline.Count && timeline[change + 1].At <= at) change++;
            var capacity = timeline[change].Min;
            var d = forecast.Point[Math.Min(first + i, forecast.Point.Length - 1)];
            planned += capacity * slotSeconds;
            servedPlanned += Math.Min(d, capacity) * slotSeconds;
            spilledPlanned += Math.Max(0, d - capacity) * slotSeconds;
            demand += d * slotSeconds;
            servedMax += Math.Min(d, stackMax) * slotSeconds;
            spilledMax += Math.Max(0, d - stackMax) * slotSeconds;
        }
        var scale = Month / span;
        double Gb(double concurrencySeconds) => Usage.GbSeconds(memoryMb, concurrencySeconds * scale);
        return new PlanCostEstimate(
            CostModel.Price(new Usage(Gb(planned), Gb(servedPlanned), Gb(spilledPlanned), 0), prices),
            CostModel.Price(new Usage(Gb(stackMax * span.TotalSeconds), Gb(servedMax), Gb(spilledMax), 0), prices),
            CostModel.Price(new Usage(0, 0, Gb(demand), 0), prices),
            prices,
            memoryMb);
    }
}
