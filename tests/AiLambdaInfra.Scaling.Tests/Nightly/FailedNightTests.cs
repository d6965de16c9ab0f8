using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// The nightly job fails, or its pull request waits over a weekend: the plan last deployed must go on serving for a
// week. The plans are written out here, so that the tests hold whatever the planner would choose for some history.
public class FailedNightTests
{
    // Monday 2026-11-30 04:00 in New York.
    private static readonly Instant Night = Instant.FromUtc(2026, 11, 30, 9, 0);
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
    public void NightChoosingTrackingAlone_RemovesLastNightsWeeklyPlan()
    {
        // Kept, these cron actions would hold their floors every week for as long as tracking alone stays the choice.
        var yesterday = Enumerable.Range(0, 7).SelectMany(day => new[] { Weekly($"planned-{2 * day + 1:000}", day, 7, 30, 40), Weekly($"planned-{2 * day + 2:000}", day, 20, 0, 4) }).ToList();
        var settings = Prod() with { PlannedActions = yesterday };

        var nightly = NightlyPlanner.Stabilize(Plan(PlanMode.Weekly, [], Night + Week, 150), settings);

        Assert.Empty(nightly.Plan.Actions);
        Assert.Equal((0, 0, 14), (nightly.Diff.Creates.Count, nightly.Diff.Updates.Count, nightly.Diff.Deletes.Count));
        var own = ScheduleExpander.Timeline(settings.Scaling.ScheduledActions, settings.Scaling.Timezone, Night, Night + Week, settings.Scaling.Min, settings.Scaling.Max);
        Assert.Equal(own, nightly.Plan.Timeline);
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

    private static CapacityPlan Plan(PlanMode mode, IReadOnlyList<ScheduledActionSettings> actions, Instant end, int budget) => new()
    {
        Mode = mode,
        Start = Night,
        End = end,
        Actions = actions,
        Timeline = ScheduleExpander.Timeline(actions, Zone, Night, end, 2, StackMax),
        Required = new RequiredCapacity(Night, Duration.FromMinutes(5), [], []),
        ActionBudget = budget,
    };

    private static StackSettings Prod() =>
        StackFileSettings.Read(StackFile.Load(Path.Combine(RepositoryRoot.Path, "Pulumi.prod.yaml"))).Settings!;
}
