using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>History to plan in one call, as <c>ailambda plan</c>, <c>ailambda forecast</c> and the bench run it.</summary>
public static class PlanningPipeline
{
    /// <summary>
    /// Forecasts a whole week (a weekly plan needs one, and it costs little more than the horizon), then plans.
    /// The returned forecast is cut back to the horizon.
    /// </summary>
    /// <exception cref="InsufficientHistoryException">Less than a day of history before the start.</exception>
    /// <exception cref="ArgumentException">Settings the planner cannot work with (the message names the key).</exception>
    public static PlanningResult Run(DemandSeries history, ScalingSettings scaling, PlannerSettings planner, Instant? start = null, PlanMode? mode = null)
    {
        var options = ForecastOptions.From(planner, start) with { Horizon = ForecastLimits.MaximumHorizon };
        var forecast = Forecaster.Forecast(history, options);
        var request = PlanRequest.From(scaling, planner, forecast.Start);
        if (mode is { } m) request = request with { Mode = m };
        var plan = CapacityPlanner.Plan(forecast, request);
        return new PlanningResult(forecast.Truncate(request.Horizon), plan);
    }
}
