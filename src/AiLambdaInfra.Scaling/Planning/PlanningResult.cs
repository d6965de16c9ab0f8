using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>A forecast and the plan made from it.</summary>
public sealed record PlanningResult(Forecast Forecast, CapacityPlan Plan)
{
    /// <summary>The request the plan was made with (tracking semantics as the chosen candidate needs them). Defaults to the default request.</summary>
    public PlanRequest Request { get; init; } = new();

    /// <summary>What the self-tuning replay measured and chose; null when the history was too short to replay.</summary>
    public TuningResult? Tuning { get; init; }
}
