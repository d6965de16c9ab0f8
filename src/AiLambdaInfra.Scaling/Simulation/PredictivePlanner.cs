using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Tuning;
using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The product's planning job as a <see cref="SchedulePlanner"/>: <see cref="PlanningPipeline.RunTonight"/> (forecast,
/// tune, plan) on the history the window shows, from the window's start, with the stack's scaling and planner settings,
/// exactly as <c>ailambda plan</c> runs it, with target tracking on or off as the window says. The plan's timeline
/// (planned and the stack's own actions merged) becomes the scheduled changes; its action count is what the nightly
/// job would write to the target.
/// </summary>
public static class PredictivePlanner
{
    /// <summary>
    /// The nightly job: each night plans with the tracking the stack then holds (<see cref="PlanningPipeline.RunTonight"/>),
    /// taking the planner's own statistic where <paramref name="scaling"/> leaves it unset, and with
    /// <paramref name="applyRecommendations"/> every recommendation, as <c>plan</c> does. The tracking carries to the
    /// next night. Each answer with tracking says which tracking its plan was made for; a window without tracking (the
    /// schedule alone) plans with none and changes nothing. <paramref name="tuning"/> prices and models the
    /// self-tuning replay as the backtest does (defaults: see <see cref="TuningContext"/>).
    /// </summary>
    public static SchedulePlanner Create(ScalingSettings scaling, PlannerSettings planner, TuningContext? tuning = null, bool applyRecommendations = false)
    {
        var current = scaling;
        return window =>
        {
            if (!window.TargetTracking)
                return Schedule(PlanningPipeline.Run(History(window), scaling with { TargetTracking = false }, planner, window.Now, tuning: tuning));
            var (result, tracking, trial) = PlanningPipeline.RunTonight(History(window), current with { TargetTracking = true }, planner, applyRecommendations, window.Now, tuning);
            current = tracking;
            var taken = trial is not { Taken: true } ? "" : $" after taking {string.Join(", ", trial.Changes.Select(c => $"{c.Key}: {c.Value}"))}";
            return Schedule(result) with { Choice = Describe(result) + taken, Tracking = current };
        };
    }

    /// <summary>The window's past as the history the planner reads: per-minute concurrency.</summary>
    private static DemandSeries History(PlanningWindow window) =>
        new(window.History.Concurrency.Start, Duration.FromMinutes(1), window.History.Concurrency.Values);

    private static PlannedSchedule Schedule(PlanningResult result) =>
        new([.. result.Plan.Timeline.Select(change => new ScheduledChange(change.At, change.Min, change.Max))], result.Plan.Actions.Count) { Choice = Describe(result) };

    /// <summary>What the night chose, for progress reports: the tuned candidate, or the untuned quantile when too little history was there to replay.</summary>
    private static string Describe(PlanningResult result) => result.Tuning is { Chosen: var c }
        ? $"{c.Candidate.Name} ({c.SpillPercent:0.00} % at {c.CostRatio:0.00}× on the last {result.Tuning.ReplayDays} days)"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"plan P{result.Forecast.Quantile * 100:0.##}, untuned (fewer than {SelfTuner.MinimumReplayDays} days of history to replay)");

    /// <summary>
    /// The planner a backtest runs: the request's stack settings, its self-tuning priced at the request's prices and memory,
    /// with the request's mean duration and the within-minute peak model the emulator uses (<see cref="MinutePeak"/>);
    /// <paramref name="applyRecommendations"/> as <see cref="Create"/>.
    /// </summary>
    public static SchedulePlanner For(BacktestRequest request, bool applyRecommendations = false) =>
        Create(request.Scaling, request.Planner, Context(request), applyRecommendations);

    private static TuningContext Context(BacktestRequest request) => new()
    {
        MemoryMb = request.Workload.MemoryMb,
        MeanDurationSeconds = request.Workload.MeanDurationSeconds,
        Prices = request.Prices,
        Peak = mean => MinutePeak.Estimate(mean, request.Workload.MeanDurationSeconds),
    };
}
