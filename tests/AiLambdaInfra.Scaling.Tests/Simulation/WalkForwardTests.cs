using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class WalkForwardTests
{
    private static readonly Instant Start = Instant.FromUtc(2024, 1, 1, 0, 0);

    // A daily cycle between 20 and 80 concurrent executions, with some minutes missing.
    private static ConcurrencyDemand DailyCycle(int days) => new(
        new DemandTrace(Start, Enumerable.Range(0, days * 1440)
            .Select(t => t % 997 == 0 ? double.NaN : 50 + 30 * Math.Sin(2 * Math.PI * t / 1440))
            .ToArray()),
        MeanDurationSeconds: 1);

    private static BacktestRequest Request(ConcurrencyDemand demand, int learn = 3, int play = 2, int replanHours = 24) => new(
        demand, new Workload(1, 2048), PriceCatalog.For("us-east-1", "arm64"), learn, play, replanHours,
        BacktestDefaults.Scaling, new PlannerSettings(), KeepAliveMinutes: 5, InitMilliseconds: 1500);

    // A stand-in for the planner, for these tests only: hold yesterday's peak ÷ 0.7 all day.
    private static PlannedSchedule YesterdaysPeak(PlanningWindow window)
    {
        var values = window.History.Concurrency.Values;
        var peak = values[^Math.Min(1440, values.Length)..].Where(v => !double.IsNaN(v)).Max();
        var level = (int)Math.Ceiling(peak / 0.7);
        return new PlannedSchedule([new ScheduledChange(window.Now, level, level)], 1);
    }

    [Fact]
    public void Planner_IsShownOnlyThePast_OncePerPeriodWithAndWithoutTracking()
    {
        var all = new List<(Instant Now, Instant HistoryEnd, Instant Until, bool Tracking)>();
        PlannedSchedule Spy(PlanningWindow window)
        {
            var history = window.History.Concurrency;
            all.Add((window.Now, history.At(history.Minutes), window.Until, window.TargetTracking));
            return YesterdaysPeak(window);
        }

        var result = WalkForward.Run(Request(DailyCycle(5), replanHours: 12), Spy);

        Assert.Equal(4, result.Replans);
        Assert.Equal(all.Where(c => !c.Tracking).Select(c => c.Now), all.Where(c => c.Tracking).Select(c => c.Now));
        var seen = all.Where(c => c.Tracking).ToList();
        Assert.Equal(4, seen.Count);
        Assert.All(all, call => Assert.Equal(call.Now, call.HistoryEnd));
        Assert.All(seen, call => Assert.Equal(call.Now, call.HistoryEnd));
        Assert.Equal(Start + Duration.FromDays(3), seen[0].Now);
        Assert.Equal(seen.Select(c => c.Until).SkipLast(1), seen.Select(c => c.Now).Skip(1));
    }

    [Fact]
    public void ChangingTheFuture_DoesNotChangeWhatAnyEarlierPlanSaw()
    {
        var original = DailyCycle(5);
        var poisoned = original with
        {
            Concurrency = original.Concurrency with
            {
                Values = original.Concurrency.Values.Select((v, t) => t >= 3 * 1440 + 720 ? 10_000 : v).ToArray(),
            },
        };
        var plansOriginal = new List<double[]>();
        var plansPoisoned = new List<double[]>();

        WalkForward.Run(Request(original), w => { if (w.TargetTracking) plansOriginal.Add(w.History.Concurrency.Values); return YesterdaysPeak(w); });
        WalkForward.Run(Request(poisoned), w => { if (w.TargetTracking) plansPoisoned.Add(w.History.Concurrency.Values); return YesterdaysPeak(w); });

        // The change starts at noon on day 4: that day's plan ran at midnight and saw the same history; day 5's plan saw it.
        Assert.Equal(plansOriginal[0], plansPoisoned[0]);
        Assert.NotEqual(plansOriginal[1], plansPoisoned[1]);
    }

    [Fact]
    public void EveryPolicy_IsScored_AndPerfectForesightIsTheCostUnit()
    {
        var result = WalkForward.Run(Request(DailyCycle(5)), YesterdaysPeak);

        Assert.Equal(PolicyNames.All, result.Scores.Select(s => s.Policy));
        var foresight = result.Scores[^1];
        Assert.Equal(1, foresight.CostRatio, 12);
        Assert.Equal(0, foresight.SpilloverInvocations, 9);
        Assert.All(result.Timelines, timeline => Assert.Equal(2 * 1440, timeline.Serving.Length));
        Assert.Equal(1, result.Scores.Single(s => s.Policy == PolicyNames.Predictive).MaxScheduledActions);
    }

    [Fact]
    public void EachPredictiveRow_CountsTheActionsOfItsOwnPlans()
    {
        // The schedule alone writes 3 actions a night, the plan under tracking none.
        var result = WalkForward.Run(Request(DailyCycle(5)), w => w.TargetTracking ? new PlannedSchedule([], 0) : new PlannedSchedule([], 3));

        Assert.Equal(3, result.Scores.Single(s => s.Policy == PolicyNames.Predictive).MaxScheduledActions);
        Assert.Equal(0, result.Scores.Single(s => s.Policy == PolicyNames.PredictiveWithTracking).MaxScheduledActions);
    }

    [Fact]
    public void PlanWithoutActions_PlaysExactlyAsTrackingAlone()
    {
        // A night whose plan is "tracking alone" must not start the week with a handicap: the product's run and the
        // reactive run begin where tracking left the target, so with no action they are the same policy.
        var result = WalkForward.Run(Request(DailyCycle(5)), _ => new PlannedSchedule([], 0));

        var tracking = result.Timelines.Single(t => t.Policy == PolicyNames.TargetTrackingAverage).Serving;
        var product = result.Timelines.Single(t => t.Policy == PolicyNames.PredictiveWithTracking).Serving;
        Assert.True(tracking[0] > BacktestDefaults.Scaling.Min, "the trace's level needs more than the min at the start");
        Assert.Equal(tracking, product);
    }

    [Fact]
    public void StaticPeak_FollowsThePeakSeenSoFar()
    {
        var result = WalkForward.Run(Request(DailyCycle(5)), YesterdaysPeak);

        var staticPeak = result.Timelines.Single(t => t.Policy == PolicyNames.StaticPeak).Serving;
        Assert.All(staticPeak, capacity => Assert.Equal(80, capacity));
        Assert.Equal(0, result.Scores.Single(s => s.Policy == PolicyNames.StaticPeak).SpilloverInvocations, 9);
    }

    [Fact]
    public void TraceTooShort_IsRejectedSayingWhatItCovers()
    {
        var errors = WalkForward.Validate(Request(DailyCycle(4), learn: 3, play: 2));

        Assert.Equal(["The trace covers 4 days, but 3 days to learn (to the nearest midnight UTC) and 2 to play need more; shorten the learn or play period."], errors);
    }

    [Fact]
    public void Progress_IsReportedForEveryPlanAndEveryPolicy()
    {
        var reports = new List<BacktestProgress>();
        WalkForward.Run(Request(DailyCycle(5)), YesterdaysPeak, new SynchronousProgress(reports.Add));

        Assert.Equal(2 + PolicyNames.All.Count, reports.Count);
        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.Step));
    }

    [Fact]
    public void ProductPlanner_CoversTheCycle_WithinTheActionLimit()
    {
        var request = Request(DailyCycle(5));

        var result = WalkForward.Run(request, PredictivePlanner.For(request));

        var predictive = result.Scores.Single(s => s.Policy == PolicyNames.PredictiveWithTracking);
        Assert.InRange(predictive.MaxScheduledActions!.Value, 1, 200);
        Assert.True(predictive.SpilloverPercent < 1, $"spilled {predictive.SpilloverPercent} %");
        Assert.True(predictive.CostRatio >= 1);
    }

    [Fact]
    public void StacksOwnScheduledActions_ReachTheTargetThroughThePlansTimeline()
    {
        // Every day the stack's own actions raise min to 500 from 12:00 to 13:00 UTC.
        var request = Request(DailyCycle(5)) with
        {
            Scaling = BacktestDefaults.Scaling with
            {
                ScheduledActions =
                [
                    new ScheduledActionSettings { Name = "noon", Schedule = "cron(0 12 * * ? *)", Min = 500 },
                    new ScheduledActionSettings { Name = "one", Schedule = "cron(0 13 * * ? *)", Min = BacktestDefaults.Scaling.Min },
                ],
            },
        };
        var now = request.Demand.Concurrency.At(WalkForward.PlayStartIndex(request));
        var window = new PlanningWindow(now, request.Demand with { Concurrency = request.Demand.Concurrency.Before(WalkForward.PlayStartIndex(request)) },
            now + Duration.FromDays(1), TargetTracking: true);

        var schedule = PredictivePlanner.For(request)(window);

        Assert.Contains(schedule.Changes, c => c.At == now + Duration.FromHours(12) && c.Min == 500);
    }

    private sealed class SynchronousProgress(Action<BacktestProgress> report) : IProgress<BacktestProgress>
    {
        public void Report(BacktestProgress value) => report(value);
    }
    [Fact]
    public void RecommendationsRow_IsPlayedOnlyWhenAsked_AfterTheProduct()
    {
        var without = WalkForward.Run(Request(DailyCycle(5)), YesterdaysPeak);
        var with = WalkForward.Run(Request(DailyCycle(5)), YesterdaysPeak, recommending: YesterdaysPeak);

        Assert.Equal(PolicyNames.All, without.Scores.Select(s => s.Policy));
        var expected = PolicyNames.All.ToList();
        expected.Insert(expected.IndexOf(PolicyNames.PredictiveWithTracking) + 1, PolicyNames.PredictiveWithRecommendations);
        Assert.Equal(expected, with.Scores.Select(s => s.Policy));
        Assert.Equal(with.Scores.Single(s => s.Policy == PolicyNames.PredictiveWithTracking).Cost.Total,
            with.Scores.Single(s => s.Policy == PolicyNames.PredictiveWithRecommendations).Cost.Total);
    }

    [Fact]
    public void NightsThatTakeTrackingOnMaximumWithoutAPlan_PlayAsTrackingOnMaximum()
    {
        var maximum = BacktestDefaults.Scaling with { TargetTracking = true, Statistic = "Maximum" };
        PlannedSchedule TakeMaximum(PlanningWindow window) => new([], 0) { Tracking = maximum };

        var result = WalkForward.Run(Request(DailyCycle(5)), YesterdaysPeak, recommending: TakeMaximum);

        var reactive = result.Scores.Single(s => s.Policy == PolicyNames.TargetTrackingMaximum);
        var taken = result.Scores.Single(s => s.Policy == PolicyNames.PredictiveWithRecommendations);
        Assert.Equal(reactive.SpilloverInvocations, taken.SpilloverInvocations);
        Assert.Equal(reactive.Cost.Total, taken.Cost.Total);
        Assert.Equal(
            result.Timelines.Single(t => t.Policy == PolicyNames.TargetTrackingMaximum).Serving,
            result.Timelines.Single(t => t.Policy == PolicyNames.PredictiveWithRecommendations).Serving);
    }
}
