using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// The nightly job fails, or its pull request waits over a weekend: the plan last deployed must go on serving for a
// week. The plans are written out here, so that the tests hold whatever the planner would choose for some history.
public class FailedNightTests
{
    private static readonly Duration Week = Duration.FromDays(7);

    [Fact]
    public void HorizonPlan_EndsByHandingTheTargetBackToTheStacksFloor()
    {
        var settings = Prod();
        var nightly = NightlyPlanner.Stabilize(HorizonPlan(24, budget: 150), settings);

        var weekAfter = ScheduleExpander.Timeline(nightly.Plan.Actions, settings.Scaling.Timezone, Night, Night + Week, settings.Scaling.Min, settings.Scaling.Max);

        var last = weekAfter[^1];
        Assert.Equal(Night + Duration.FromHours(48), last.At);
        Assert.Equal((settings.Scaling.Min, settings.Scaling.Max), (last.Min, last.Max));
        Assert.Equal(25, nightly.Plan.Actions.Count);
    }

    [Fact]
    public void HorizonPlan_HandsBackTheMinTheStacksOwnActionsHoldThen()
    {
        // Yours: min 12 from 03:00 New York time every day, to the stack's 2 at 22:00. The horizon ends at 04:00.
        var own = new[]
        {
            new ScheduledActionSettings { Name = "early", Schedule = "cron(0 3 * * ? *)", Min = 12 },
            new ScheduledActionSettings { Name = "late", Schedule = "cron(0 22 * * ? *)", Min = 2 },
        };
        var settings = Prod() with { Scaling = Prod().Scaling with { ScheduledActions = own } };

        var nightly = NightlyPlanner.Stabilize(HorizonPlan(24, budget: 150), settings);

        var end = ScheduleExpander.Timeline(nightly.Plan.Actions, settings.Scaling.Timezone, Night, Night + Week, settings.Scaling.Min, settings.Scaling.Max)[^1];
        Assert.Equal((Night + Duration.FromHours(48), 12, settings.Scaling.Max), (end.At, end.Min, end.Max));
    }

    [Fact]
    public void HorizonPlanWithABudgetOfOne_GoesWithoutTheHandBack_SoTheTargetNeverHoldsMoreThan200()
    {
        var own = Enumerable.Range(0, 199).Select(i => new ScheduledActionSettings { Name = $"own-{i:000}", Schedule = $"cron({i % 60} {i / 60} 1 1 ? 2199)", Min = 2 }).ToList();
        var settings = Prod() with { Scaling = Prod().Scaling with { ScheduledActions = own }, Planner = Prod().Planner with { MaxActions = 1 } };

        var nightly = NightlyPlanner.Stabilize(HorizonPlan(1, budget: 1), settings);

        Assert.Single(nightly.Plan.Actions);
        Assert.True(nightly.Diff.WithinQuota, nightly.Diff.Summary);
    }

    [Fact]
    public void HorizonPlanAtItsBudget_MergesUpwardToMakeRoomForTheFloor()
    {
        var settings = Prod() with { Planner = Prod().Planner with { MaxActions = 24 } };
        var fresh = HorizonPlan(24, budget: 24);

        var nightly = NightlyPlanner.Stabilize(fresh, settings);

        Assert.Equal(24, nightly.Plan.Actions.Count);
        var before = ScheduleExpander.Timeline(fresh.Actions, settings.Scaling.Timezone, fresh.Start, fresh.End, settings.Scaling.Min, settings.Scaling.Max);
        foreach (var change in before)
            Assert.True(nightly.Plan.MinAt(change.At) >= change.Min, $"at {change.At}: {nightly.Plan.MinAt(change.At)} < {change.Min}");
    }

    [Fact]
    public void WeeklyPlan_ServesEveryFollowingWeekAsItsFirst()
    {
        var settings = Prod();
        var actions = Enumerable.Range(0, 7).SelectMany(day => new[] { Weekly($"p{day}a", day, 7, 30, 40 + day), Weekly($"p{day}b", day, 20, 0, 4) }).ToList();
        var nightly = NightlyPlanner.Stabilize(Plan(PlanMode.Weekly, actions, Night + Week, 150), settings);

        var twoWeeks = ScheduleExpander.Timeline(nightly.Plan.Actions, settings.Scaling.Timezone, Night, Night + Week * 2, settings.Scaling.Min, settings.Scaling.Max);

        var firstWeek = twoWeeks.Where(c => c.At > Night && c.At < Night + Week).ToList();
        Assert.Equal(14, firstWeek.Count);
        Assert.Equal(firstWeek.Select(c => c with { At = c.At + Week }), twoWeeks.Where(c => c.At > Night + Week).ToList());
    }

    [Fact]
    public void NightChoosingTrackingAlone_HandsLastNightsWeeklyPlanBackInPlace()
    {
        // Deleted, these actions would leave the target at the min the last of them set: AWS keeps it. Kept as they were,
        // their floors would be billed every week. Handed back, each sets what the stack's own actions hold then.
        var yesterday = Enumerable.Range(0, 7).SelectMany(day => new[] { Weekly($"planned-{2 * day + 1:000}", day, 7, 30, 40), Weekly($"planned-{2 * day + 2:000}", day, 20, 0, 4) }).ToList();
        var settings = Prod() with { PlannedActions = yesterday };

        var nightly = NightlyPlanner.Stabilize(Plan(PlanMode.Weekly, [], Night + Week, 150), settings);

        Assert.Equal(yesterday.Select(a => a.Name), nightly.Plan.Actions.Select(a => a.Name));
        Assert.Equal((0, 0), (nightly.Diff.Creates.Count, nightly.Diff.Deletes.Count));
        Assert.All(nightly.Plan.Actions, a => Assert.Equal((settings.Scaling.Min, settings.Scaling.Max), (a.Min, a.Max)));
        var own = ScheduleExpander.Timeline(settings.Scaling.ScheduledActions, settings.Scaling.Timezone, Night, Night + Week, settings.Scaling.Min, settings.Scaling.Max);
        Assert.Equal(own, nightly.Plan.Timeline);
    }

    [Fact]
    public void NightChoosingTrackingAlone_HandsBackTheRestOfAHorizonPlanAndLeavesItsPastActions()
    {
        var yesterday = HorizonPlan(24, budget: 150);
        var settings = Prod() with { PlannedActions = NightlyPlanner.Stabilize(yesterday, Prod()).Plan.Actions };
        var tonight = Night + Duration.FromDays(1);

        var nightly = NightlyPlanner.Stabilize(Plan(PlanMode.Horizon, [], tonight + Duration.FromHours(48), 150) with { Start = tonight }, settings);

        // A past at() never runs again and stays as it was; the rest set what yours hold then.
        Assert.Equal((0, 0), (nightly.Diff.Creates.Count, nightly.Diff.Deletes.Count));
        var ahead = ScheduleExpander.Firings(nightly.Plan.Actions, Zone, tonight, tonight + Duration.FromDays(2));
        var aheadNames = ahead.Select(f => f.Action.Name).ToHashSet();
        Assert.True(aheadNames.Count < nightly.Plan.Actions.Count);
        Assert.All(nightly.Plan.Actions.Where(a => !aheadNames.Contains(a.Name)), a => Assert.Contains(a, settings.PlannedActions));
        var own = ScheduleExpander.Timeline(settings.Scaling.ScheduledActions, Zone, tonight, tonight + Duration.FromDays(2), settings.Scaling.Min, settings.Scaling.Max);
        Assert.All(ahead, f =>
        {
            var yours = own.Last(c => c.At <= f.At);
            Assert.Equal((yours.Min, yours.Max), (f.Action.Min, f.Action.Max));
        });
        Assert.Contains(ahead, f => f.Action.Min > settings.Scaling.Min); // weekday hours, where yours hold 10
    }

    /// <summary>One-off actions every two hours over 48 hours, rising and falling.</summary>
    private static CapacityPlan HorizonPlan(int count, int budget)
    {
        var zone = ScheduleExpander.Zone(Zone);
        var actions = Enumerable.Range(0, count).Select(i =>
        {
            var local = (Night + Duration.FromHours(2 * i)).InZone(zone).LocalDateTime;
            return At($"planned-h{i:00}", $"{local:yyyy'-'MM'-'dd'T'HH':'mm':'ss}", 5 + 7 * (i % 4));
        }).ToList();
        return Plan(PlanMode.Horizon, actions, Night + Duration.FromHours(48), budget);
    }

    private static CapacityPlan Plan(PlanMode mode, IReadOnlyList<ScheduledActionSettings> actions, Instant end, int budget) =>
        NightlyActions.Plan(mode, actions, Night, end, budget);
}
