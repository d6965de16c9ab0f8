using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The product's planning job as a <see cref="SchedulePlanner"/>: <see cref="PlanningPipeline.Run"/> (forecast, then
/// plan) on the history the window shows, from the window's start, with the stack's scaling and planner settings,
/// exactly as <c>ailambda plan</c> runs it, with target tracking on or off as the window says. The plan's expanded timeline becomes the scheduled changes; its action count
/// is what the nightly job would write to the target.
/// </summary>
public static class PredictivePlanner
{
    public static SchedulePlanner Create(ScalingSettings scaling, PlannerSettings planner) => window =>
    {
        var history = new DemandSeries(window.History.Concurrency.Start, Duration.FromMinutes(1), window.History.Concurrency.Values);
        var plan = PlanningPipeline.Run(history, scaling with { TargetTracking = window.TargetTracking }, planner, window.Now).Plan;
        return new PlannedSchedule([.. plan.Timeline.Select(change => new ScheduledChange(change.At, change.Min, change.Max))], plan.Actions.Count);
    };
}
