using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// Tunes the plan on the function's own history. The last days of the history are replayed as production would have
/// lived them: each day is planned only from the days before it (<see cref="Forecaster.Replay"/>), and every candidate
/// (<see cref="Quantiles"/> and <see cref="Offsets"/> as floors, and the rest) is played minute by minute through the
/// <see cref="AutoScalingEmulator"/> and priced with the <see cref="CostModel"/>, against perfect foresight over the same
/// minutes. <see cref="CandidateChoice"/> picks the candidate. No margin is applied twice: a planned level is the
/// forecast's quantile itself (plus the candidate's level offset, if any), not that ÷ the tracking target, so where
/// tracking runs the plan covers the ramps tracking would miss and lets it run lean.
/// The replay plans each day's levels as the planner does, merged upwards to the day's share of the action budget.
/// </summary>
public static class SelfTuner
{
    /// <summary>
    /// Days replayed: one week, so every weekday weighs once in the choice and one burst day is a seventh of it, not a
    /// quarter. Each replayed day is forecast from the days before it only, so with the default 14 days of history the
    /// oldest replayed day is forecast from 7 days (the daily model); the newest from 13.
    /// </summary>
    public const int ReplayDays = 7;

    /// <summary>Fewer replayed days than this say too little to tune on; the plan then uses <c>planner.quantile</c>.</summary>
    public const int MinimumReplayDays = 2;

    /// <summary>
    /// Quantiles of the day-ahead errors a planned level may cover: from the median (lean, tracking covers the rest)
    /// to the 99th percentile (the schedule alone covers almost everything).
    /// </summary>
    public static readonly IReadOnlyList<double> Quantiles = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99];

    /// <summary>
    /// Quantiles and level offsets (shares of the residual spread, <see cref="LevelOffset"/>) tried as floors under
    /// the stack's tracking besides <see cref="Quantiles"/>: lean quantiles with a small cushion at every slot, which the
    /// quantile grid cannot express (a high quantile plus a whole spread already lies among the high quantiles).
    /// </summary>
    public static readonly IReadOnlyList<(double Quantile, double Share)> Offsets = [(0.5, 0.25), (0.5, 0.5), (0.7, 0.25), (0.7, 0.5)];

    /// <summary>The coarser grid the recommendations try: advice for the stack's owner, not the plan.</summary>
    public static readonly IReadOnlyList<double> RecommendationQuantiles = [0.5, 0.7, 0.9, 0.95, 0.99];

    /// <summary>
    /// Tracking targets the recommendations try besides the stack's own: the default, so a stack moved off it can be
    /// advised back, and 0.9, the leanest the validation allows.
    /// </summary>
    public static readonly IReadOnlyList<double> RecommendedTargets = [Defaults.TargetUtilization, 0.9];

    private const int MinutesPerDay = 1440;

    /// <summary>The tuning, or null when the history holds fewer than <see cref="MinimumReplayDays"/> days to replay.</summary>
    public static TuningResult? Tune(ForecastReplay replay, DemandSeries history, ScalingSettings scaling, PlannerSettings planner, TuningContext context)
    {
        var days = replay.Days;
        if (days.Count < MinimumReplayDays) return null;
        var start = days[0].Start;
        var minutes = days.Count * MinutesPerDay;
        var demand = Minutes(history, start, minutes);
        var peaks = demand.Select(c => double.IsNaN(c) ? c : context.Peak(c)).ToArray();
        var lead = planner.BufferMinutes + planner.AllocationMinutes;
        var dailyActions = DailyActions(replay.Forecast, scaling, planner);
        var floor = UserFloor.At(scaling.ScheduledActions, scaling.Timezone, scaling.Min, scaling.Max, start, minutes);
        var levels = Quantiles.Select(q => (q, 0d)).Concat(Offsets)
            .ToDictionary(o => o, o => Levels(days, o.Item1, o.Item2, lead, scaling.Min, scaling.Max, dailyActions, floor));
        var scorer = new ReplayScorer(demand, context, scaling.Max);
        var replayer = new Replayer(start, demand, peaks, scaling, planner.AllocationMinutes);

        var tracking = scaling.Autoscaling && scaling.TargetTracking;
        var own = (Statistic: Normalise(scaling.Statistic), Target: scaling.TargetUtilization);
        var holds = Quantiles.Select(q => scorer.Score(new TuningCandidate(CandidateKind.Hold, q, null, 0, true), replayer.Hold(levels[(q, 0)]))).ToList();
        // Tracking alone is played once per setting: the AWS-only options and the recommendations share it.
        var trackingOnly = new Dictionary<(string, double), int[]>();
        int[] TrackingOnly(string statistic, double target) =>
            trackingOnly.TryGetValue((statistic, target), out var serving) ? serving : trackingOnly[(statistic, target)] = replayer.TrackingOnly(statistic, target);
        List<CandidateScore> WithTracking(string statistic, double target, bool writable) =>
        [
            scorer.Score(new TuningCandidate(CandidateKind.TrackingOnly, 0, statistic, target, writable), TrackingOnly(statistic, target)),
            .. (writable ? Quantiles : RecommendationQuantiles).Select(q => scorer.Score(new TuningCandidate(CandidateKind.Floor, q, statistic, target, writable), replayer.Floor(levels[(q, 0)], statistic, target))),
            .. (writable ? Offsets : []).Select(o => scorer.Score(new TuningCandidate(CandidateKind.Floor, o.Quantile, statistic, target, writable) { OffsetShare = o.Share }, replayer.Floor(levels[o], statistic, target))),
        ];

        var candidates = tracking ? [.. WithTracking(own.Statistic, own.Target, true), .. holds] : holds;
        var none = scorer.Score(new TuningCandidate(CandidateKind.NoProvisioned, 0, null, 0, false), new int[minutes]);
        // AWS's options at a tracking target: tracking alone on either statistic (the writable one where it is a candidate), and none.
        List<CandidateScore> AwsOnly(double target, IReadOnlyList<CandidateScore> scored) =>
        [
            .. new[] { "Average", "Maximum" }.Select(statistic =>
                scored.FirstOrDefault(c => c.Candidate.Kind == CandidateKind.TrackingOnly && c.Candidate.Statistic == statistic && c.Candidate.TargetUtilization == target)
                ?? scorer.Score(new TuningCandidate(CandidateKind.TrackingOnly, 0, statistic, target, false), TrackingOnly(statistic, target))),
            none,
        ];
        var awsOnly = AwsOnly(own.Target, candidates);

        var (chosen, rule) = CandidateChoice.Choose(candidates, awsOnly, planner.SpillBudgetPercent);
        var recommendations = new List<CandidateScore>();
        // Each other setting's point is the one the rule chooses from its candidates on the coarser recommendation grid,
        // beside the AWS-only options at that setting's target (what `plan` run under it compares with); applying it plans
        // again on the full grid (PlanningPipeline.RunTonight). Without the scalable target's autoscaling
        // there is no policy to track with, so nothing to recommend.
        foreach (var (statistic, target) in scaling.Autoscaling ? Alternatives(tracking, own) : [])
        {
            var alternative = WithTracking(statistic, target, false).Concat(holds).ToList();
            recommendations.Add(CandidateChoice.Choose(alternative, AwsOnly(target, alternative), planner.SpillBudgetPercent).Chosen);
        }
        return new TuningResult(candidates, awsOnly, recommendations, chosen, rule, days.Count, planner.SpillBudgetPercent);
    }

    /// <summary>
    /// The tracking settings a recommendation tries: the other statistic at the stack's target, and the stack's statistic
    /// at each of <see cref="RecommendedTargets"/>; with tracking off, tracking on either statistic at the stack's target.
    /// </summary>
    private static IEnumerable<(string Statistic, double Target)> Alternatives(bool tracking, (string Statistic, double Target) own)
    {
        var other = own.Statistic == "Average" ? "Maximum" : "Average";
        if (!tracking)
            return [(own.Statistic, own.Target), (other, own.Target)];
        return RecommendedTargets.Where(t => t != own.Target).Select(t => (own.Statistic, t)).Prepend((other, own.Target));
    }

    /// <summary>The statistic as the replay plays it: Maximum, or else Average.</summary>
    internal static string Normalise(string statistic) =>
        string.Equals(statistic, "Maximum", StringComparison.OrdinalIgnoreCase) ? "Maximum" : "Average";

    /// <summary>The history's value of each minute from <paramref name="start"/>, NaN where it has none.</summary>
    private static double[] Minutes(DemandSeries history, Instant start, int minutes)
    {
        var values = new double[minutes];
        var stepMinutes = history.Step.TotalMinutes;
        var offset = (start - history.Start).TotalMinutes;
        for (var m = 0; m < minutes; m++)
        {
            var i = (int)Math.Floor((offset + m) / stepMinutes);
            values[m] = i >= 0 && i < history.Values.Length ? history.Values[i] : double.NaN;
        }
        return values;
    }

    /// <summary>
    /// The actions a day of the plan may use: the planner's budget (within 200 per target less the stack's own) spread
    /// over the week a weekly plan repeats, or over the horizon of a one-off plan.
    /// </summary>
    private static int DailyActions(Forecast forecast, ScalingSettings scaling, PlannerSettings planner)
    {
        var budget = Math.Min(planner.MaxActions, Aws.AwsLimits.MaxScheduledActionsPerTarget - scaling.ScheduledActions.Count);
        var weekly = PlanRequest.ParseMode(planner.Mode) switch
        {
            PlanMode.Weekly => true,
            PlanMode.Horizon => false,
            _ => forecast.HasWeeklyPattern,
        };
        return Math.Max(1, weekly ? budget / 7 : budget * 24 / Math.Max(24, planner.HorizonHours));
    }

    /// <summary>
    /// Each minute's planned level at quantile <paramref name="q"/> plus <paramref name="share"/> of the spread: the highest slot level from that minute to
    /// <paramref name="lead"/> minutes later within its day, as the planner raises capacity ahead of each rise, then
    /// merged upwards to the day's share of the action budget as the planner merges (<see cref="SegmentCompressor"/>), never
    /// under the min the stack's own actions hold (<paramref name="floor"/>, as <see cref="UserFloor"/>).
    /// </summary>
    private static int[] Levels(IReadOnlyList<Forecast> days, double q, double share, int lead, int min, int max, int dailyActions, int[]? floor)
    {
        var levels = new int[days.Count * MinutesPerDay];
        for (var d = 0; d < days.Count; d++)
        {
            var upper = LevelOffset.Band(days[d].Point, days[d].CalibrationErrors, q, share);
            var slotLevels = upper.Select(u => Math.Clamp((int)Math.Min(int.MaxValue / 2, Math.Ceiling(u - 1e-9)), min, max)).ToArray();
            var last = slotLevels.Length - 1;
            var day = new int[MinutesPerDay];
            for (var m = 0; m < MinutesPerDay; m++)
            {
                var most = 0;
                for (var k = m / 5; k <= Math.Min(last, (m + lead) / 5); k++) most = Math.Max(most, slotLevels[k]);
                day[m] = most;
            }
            UserFloor.Apply(day, floor, d * MinutesPerDay);
            var compressed = CapacityPlanner.Expand(SegmentCompressor.Compress(CapacityPlanner.Runs(day), dailyActions, false, false), MinutesPerDay);
            Array.Copy(compressed, 0, levels, d * MinutesPerDay, MinutesPerDay);
        }
        return levels;
    }
}
