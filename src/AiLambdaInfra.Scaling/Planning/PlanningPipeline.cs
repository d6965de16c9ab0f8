using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Tuning;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>History to plan in one call, as <c>ailambda plan</c>, <c>ailambda forecast</c>, the backtest and the bench run it.</summary>
public static class PlanningPipeline
{
    /// <summary>
    /// Forecasts a whole week in the stack's time zone (a weekly plan needs one, and it costs little more than the
    /// horizon) together with the day-ahead forecasts of the last week of history; tunes on them
    /// (<see cref="SelfTuner"/>); plans with the chosen candidate. Without enough history to tune, the plan covers
    /// <c>planner.quantile</c>. The returned forecast is cut back to the horizon; its band is the chosen quantile's,
    /// raised by the chosen level offset.
    /// </summary>
    /// <exception cref="InsufficientHistoryException">Less than a day of history before the start.</exception>
    /// <exception cref="ArgumentException">Settings the planner cannot work with (the message names the key).</exception>
    public static PlanningResult Run(DemandSeries history, ScalingSettings scaling, PlannerSettings planner, Instant? start = null, PlanMode? mode = null,
        TuningContext? tuning = null)
    {
        var options = ForecastOptions.From(planner, start, scaling.Timezone) with { Horizon = ForecastLimits.MaximumHorizon };
        var replay = Forecaster.Replay(history, options, SelfTuner.ReplayDays);
        var tuned = SelfTuner.Tune(replay, history, scaling, planner, tuning ?? new TuningContext());
        var tracking = scaling.Autoscaling && scaling.TargetTracking;
        var chosen = tuned?.Chosen.Candidate
            ?? new TuningCandidate(tracking ? CandidateKind.Floor : CandidateKind.Hold, planner.Quantile, scaling.Statistic, scaling.TargetUtilization, true);
        var forecast = chosen.Plans ? LevelOffset.Apply(replay.Forecast, chosen) : replay.Forecast;
        var request = PlanRequest.From(scaling, planner, forecast.Start) with { TargetTracking = chosen.Kind == CandidateKind.Floor };
        if (mode is { } m) request = request with { Mode = m };
        var plan = chosen.Plans ? CapacityPlanner.Plan(forecast, request) : CapacityPlanner.NoActions(forecast, request);
        return new PlanningResult(forecast.Truncate(request.Horizon), plan) { Request = request, Tuning = tuned };
    }

    /// <summary>
    /// Tonight's plan as the nightly job makes it: <see cref="Run"/>, then, where the replay measures other tracking
    /// better (<see cref="Recommendation.Best"/>) that tonight may take (<see cref="Recommendation.MayTake"/>: the
    /// planner's own statistic where the stack leaves <c>scaling.statistic</c> unset; any recommendation with
    /// <paramref name="applyRecommendations"/>), planned again under it. It is taken only when tonight's rule would take
    /// the plan made under it (<see cref="Recommendation.Takes"/>): the recommendation was scored on a coarser grid, and
    /// what is written must be what was measured. What <c>plan</c> and the backtest's nightly job both run.
    /// </summary>
    public static (PlanningResult Result, ScalingSettings Scaling, RecommendationTrial? Trial) RunTonight(
        DemandSeries history, ScalingSettings scaling, PlannerSettings planner, bool applyRecommendations, Instant? start = null, TuningContext? tuning = null)
    {
        var result = Run(history, scaling, planner, start, tuning: tuning);
        if (result.Tuning is not { } before
            || Recommendation.Best(before, c => Recommendation.MayTake(c, scaling, applyRecommendations)) is not { } recommended)
            return (result, scaling, null);
        var changed = Recommendation.Apply(recommended.Candidate, scaling);
        var replanned = Run(history, changed, planner, start, tuning: tuning);
        var after = replanned.Tuning!.Chosen;
        var taken = Recommendation.Takes(before, after);
        var trial = new RecommendationTrial(Recommendation.Changes(recommended.Candidate, scaling), before.Chosen, recommended, after, taken)
        {
            StatisticPinned = scaling.StatisticPinned,
        };
        return taken ? (replanned, changed, trial) : (result, scaling, trial);
    }
}
