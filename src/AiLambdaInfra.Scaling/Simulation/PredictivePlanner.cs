using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The product's planning job as a <see cref="SchedulePlanner"/>: <see cref="Forecaster.Forecast"/> on the history the
/// window shows, then <see cref="CapacityPlanner.Plan"/> from the window's start with the stack's scaling and planner
/// settings, exactly as <c>ailambda plan</c> runs them. Its expanded timeline becomes the scheduled changes; its action
/// count is what the nightly job would write to the target.
/// </summary>
public static class PredictivePlanner
{
    public static SchedulePlanner Create(ScalingSettings scaling, PlannerSettings planner) => window =>
    {
        var history = new DemandSeries(window.History.Concurrency.Start, Duration.FromMinutes(1), window.History.Concurrency.Values);
        // A week ahead, so that a weekly plan (which needs seven days) can be made whatever the planner's own horizon.
        var forecast = Forecaster.Forecast(history, ForecastOptions.From(planner, window.Now) with { Horizon = ForecastLimits.MaximumHorizon });
        var plan = CapacityPlanner.Plan(forecast, PlanRequest.From(scaling, planner, window.Now));
        return new PlannedSchedule([.. plan.Timeline.Select(change => new ScheduledChange(change.At, change.Min, change.Max))], plan.Actions.Count);
    };
}
