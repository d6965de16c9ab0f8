using AiLambdaInfra.Scaling.Forecasting;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>A forecast and the plan made from it.</summary>
public sealed record PlanningResult(Forecast Forecast, CapacityPlan Plan);
