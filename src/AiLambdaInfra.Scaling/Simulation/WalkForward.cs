using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Planning;
using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Walks forward through a trace as production would live it: the first <see cref="BacktestRequest.LearnDays"/> days are
/// history only; from then on, every <see cref="BacktestRequest.ReplanHours"/> hours a planning job sees the demand
/// before that instant (never after) and schedules the next period, which is then played through the
/// <see cref="AutoScalingEmulator"/>. Every policy of <see cref="PolicyNames.All"/> is played over the same minutes and
/// scored by <see cref="Scorer"/>. The stack's own scheduled actions (<see cref="ScalingSettings.ScheduledActions"/>)
/// reach the target through the planner's timeline (<see cref="CapacityPlanner.TargetTimeline"/>, the merge <c>--json</c> shows)
/// run alongside the planned ones in the predictive policies, as they would on the deployed target.
/// </summary>
public static class WalkForward
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Checks that the trace covers the learn and play days; returns the problems, empty when there are none.</summary>
    public static IReadOnlyList<string> Validate(BacktestRequest request)
    {
        var errors = new List<string>();
        if (request.LearnDays < 1)
            errors.Add($"The learn period must be at least 1 day, got {request.LearnDays}.");
        if (request.PlayDays < 1)
            errors.Add($"The play period must be at least 1 day, got {request.PlayDays}.");
        if (request.ReplanHours < 1)
            errors.Add($"The replanning interval must be at least 1 hour, got {request.ReplanHours}.");
        if (errors.Count == 0 && PlayStartIndex(request) + request.PlayDays * MinutesPerDay > request.Demand.Concurrency.Minutes)
            errors.Add(
                $"The trace covers {request.Demand.Concurrency.Minutes / (double)MinutesPerDay:0.##} days, but {request.LearnDays} days to learn " +
                $"(to the nearest midnight UTC) and {request.PlayDays} to play need more; shorten the learn or play period.");
        return errors;
    }

    /// <summary>
    /// Runs the backtest. <paramref name="planner"/> is the predictive policies' planner; <paramref name="recommending"/>,
    /// when given, plays <see cref="PolicyNames.PredictiveWithRecommendations"/> with the tracking each of its plans was made for.
    /// </summary>
    /// <exception cref="ArgumentException">The request fails <see cref="Validate"/>.</exception>
    public static BacktestResult Run(BacktestRequest request, SchedulePlanner planner, IProgress<BacktestProgress>? progress = null, SchedulePlanner? recommending = null)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(request));

        var trace = request.Demand.Concurrency;
        var playStart = PlayStartIndex(request);
        var playMinutes = request.PlayDays * MinutesPerDay;
        var played = request.Demand with { Concurrency = trace.Slice(playStart, playMinutes) };
        var concurrency = played.Concurrency.Values;
        var peaks = concurrency.Select(c => MinutePeak.Estimate(c, request.Workload.MeanDurationSeconds)).ToArray();
        var periodMinutes = request.ReplanHours * 60;
        var periods = (playMinutes + periodMinutes - 1) / periodMinutes;
        var steps = periods + PolicyNames.All.Count + (recommending is null ? 0 : 1);
        var ceiling = request.Scaling.Max;

        // The nightly jobs: each sees only the minutes before its period. The schedule alone is planned without
        // tracking (its falls lower max too); the product's default is planned with it, and so is the job that takes
        // recommendations.
        var tracking = request.Scaling with { TargetTracking = true };
        var predictive = new NightlyJob(planner, true, tracking, "chose");
        var scheduleOnly = new NightlyJob(planner, false, tracking, null);
        var recommended = recommending is null ? null : new NightlyJob(recommending, true, tracking, "with recommendations applied, chose");
        var peakChanges = new List<ScheduledChange>();
        for (var period = 0; period < periods; period++)
        {
            var from = playStart + period * periodMinutes;
            var until = Math.Min(from + periodMinutes, playStart + playMinutes);
            progress?.Report(new BacktestProgress(period + 1, steps, $"planning {trace.At(from)} (period {period + 1} of {periods})"));
            var history = request.Demand with { Concurrency = trace.Before(from) };
            foreach (var job in recommended is null ? [predictive, scheduleOnly] : new[] { predictive, scheduleOnly, recommended })
            {
                var choice = job.Plan(trace.At(from), history, trace.At(until));
                if (choice.Length > 0) progress?.Report(new BacktestProgress(period + 1, steps, $"  {choice}"));
            }

            var peakSoFar = Math.Clamp((int)Math.Ceiling(history.Concurrency.Values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max() - 1e-9), 1, request.Scaling.Max);
            peakChanges.Add(new ScheduledChange(trace.At(from), peakSoFar, peakSoFar));
        }

        var lastLearnt = trace.Values[..playStart].LastOrDefault(v => !double.IsNaN(v));
        var start = played.Concurrency.Start;
        var allocation = request.Planner.AllocationMinutes;
        int FirstMin(List<ScheduledChange> changes) => changes.FirstOrDefault(c => c.Min is not null)?.Min ?? request.Scaling.Min;
        EmulatorInput Fixed(IReadOnlyList<ScheduledChange> schedule, int initial) =>
            new(start, concurrency, peaks, initial, initial, initial, schedule, null, allocation);
        // Every policy with tracking starts where tracking would have left the target: sized for the last learnt minute
        // (and at least at the first planned level), so no tracking policy starts the week with a handicap.
        var sizedForLast = Math.Clamp((int)Math.Ceiling(lastLearnt / request.Scaling.TargetUtilization), request.Scaling.Min, ceiling);
        EmulatorInput Reactive(string statistic) =>
            new(start, concurrency, peaks, request.Scaling.Min, ceiling, sizedForLast, [], tracking with { Statistic = statistic }, allocation);
        EmulatorInput Scheduled(List<ScheduledChange> changes, ScalingSettings? withTracking) =>
            new(start, concurrency, peaks, request.Scaling.Min, ceiling,
                withTracking is null ? FirstMin(changes) : Math.Max(FirstMin(changes), sizedForLast), changes, withTracking, allocation);

        var runs = new List<(string Policy, EmulatorInput? Input, int? Actions)>
        {
            (PolicyNames.Static10, Fixed([], 10), null),
            (PolicyNames.StaticPeak, Fixed(peakChanges, peakChanges[0].Min!.Value), null),
            (PolicyNames.TargetTrackingAverage, Reactive("Average"), null),
            (PolicyNames.TargetTrackingMaximum, Reactive("Maximum"), null),
            (PolicyNames.Predictive, Scheduled(scheduleOnly.Changes, null), scheduleOnly.MaxActions),
            (PolicyNames.PredictiveWithTracking, Scheduled(predictive.Changes, tracking) with { TrackingChanges = predictive.TrackingChanges }, predictive.MaxActions),
        };
        if (recommended is not null)
            runs.Add((PolicyNames.PredictiveWithRecommendations, Scheduled(recommended.Changes, tracking) with { TrackingChanges = recommended.TrackingChanges }, recommended.MaxActions));
        runs.Add((PolicyNames.PerfectForesight, null, null));

        var timelines = new List<PolicyTimeline>();
        var scores = new List<PolicyScore>();
        for (var i = 0; i < runs.Count; i++)
        {
            var (policy, input, actions) = runs[i];
            progress?.Report(new BacktestProgress(periods + i + 1, steps, $"playing {policy}"));
            var run = input is null ? null : AutoScalingEmulator.Run(input);
            var serving = run?.Serving ?? PerfectForesight(concurrency, request.Scaling.Max);
            timelines.Add(new PolicyTimeline(policy, serving));
            scores.Add(Scorer.Score(policy, played, serving, request.Workload, request.Prices, request.KeepAliveMinutes,
                request.InitMilliseconds, actions, run?.ScaleOuts ?? 0, run?.ScaleIns ?? 0));
        }

        var lowerBound = scores[^1].Cost.Total;
        var ratioed = scores.Select(score => score with { CostRatio = lowerBound > 0 ? score.Cost.Total / lowerBound : double.NaN }).ToList();
        return new BacktestResult(played, timelines, ratioed, periods);
    }

    /// <summary>
    /// The first played minute: the UTC midnight nearest to <see cref="BacktestRequest.LearnDays"/> days after the trace
    /// starts, when a nightly planning job would run.
    /// </summary>
    public static int PlayStartIndex(BacktestRequest request)
    {
        var trace = request.Demand.Concurrency;
        var afterLearning = trace.Start + Duration.FromDays(request.LearnDays);
        var midnightBefore = afterLearning.InUtc().Date.AtMidnight().InUtc().ToInstant();
        var midnight = afterLearning - midnightBefore >= Duration.FromHours(12) ? midnightBefore + Duration.FromDays(1) : midnightBefore;
        return trace.IndexOf(midnight);
    }

    // Each minute exactly its concurrency, rounded up and at most the target's max (no policy can provision more); an
    // unknown minute keeps the previous minute's capacity.
    internal static int[] PerfectForesight(double[] concurrency, int max)
    {
        var serving = new int[concurrency.Length];
        var previous = 0;
        for (var t = 0; t < concurrency.Length; t++)
        {
            if (!double.IsNaN(concurrency[t]))
                previous = Math.Min(max, (int)Math.Ceiling(concurrency[t] - 1e-9));
            serving[t] = previous;
        }
        return serving;
    }

    /// <summary>
    /// One nightly job over the played nights: the changes its plans schedule within each night's period, the most
    /// scheduled actions one of its plans put on the target, and its tracking, recorded only where a night's plan was made
    /// for other tracking than the night before, as a deploy updates the policy only when its settings change.
    /// </summary>
    private sealed class NightlyJob(SchedulePlanner planner, bool withTracking, ScalingSettings initial, string? reports)
    {
        private readonly ScalingSettings _initial = initial;
        private ScalingSettings _current = initial;

        public List<ScheduledChange> Changes { get; } = [];

        public List<TrackingChange> TrackingChanges { get; } = [];

        public int MaxActions { get; private set; }

        /// <summary>Plans the night from <paramref name="from"/> and keeps what falls before <paramref name="until"/>; returns what to report of its choice (empty: nothing).</summary>
        public string Plan(Instant from, ConcurrencyDemand history, Instant until)
        {
            var plan = planner(new PlanningWindow(from, history, until, withTracking));
            MaxActions = Math.Max(MaxActions, plan.ActionCount);
            Changes.AddRange(plan.Changes.Where(change => change.At >= from && change.At < until));
            if (withTracking) Track(from, plan.Tracking ?? _initial);
            return reports is null || plan.Choice.Length == 0 ? "" : $"{reports} {plan.Choice}";
        }

        private void Track(Instant at, ScalingSettings tracking)
        {
            if (!Tuning.Recommendation.Differences(_current, tracking).Any()) return;
            TrackingChanges.Add(new TrackingChange(at, tracking.Autoscaling && tracking.TargetTracking ? tracking : null));
            _current = tracking;
        }
    }
}
