using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// The stack's own scheduled actions beside a nightly plan: their mins are floors of the plan, not forecasts.
public class OwnActionsNightlyTests
{

    [Fact]
    public void TrackingAloneAfterAHorizonPlan_HandsBackWhatYoursHoldWhenEachRuns_TonightWeeklyOrNot()
    {
        // Yours: a launch holding min 80 on Tuesday 1 December, 08:00–20:00 New York time. Last night's horizon plan still
        // has actions at 10:00, 14:00 and 22:00 that day.
        var own = new[]
        {
            new ScheduledActionSettings { Name = "launch", Schedule = "at(2026-12-01T08:00:00)", Min = 80 },
            new ScheduledActionSettings { Name = "launch-end", Schedule = "at(2026-12-01T20:00:00)", Min = 2 },
        };
        var yesterday = new[] { At("planned-001", "2026-12-01T10:00:00", 30), At("planned-002", "2026-12-01T14:00:00", 40), At("planned-003", "2026-12-01T22:00:00", 20) };
        var settings = Prod() with { Scaling = Prod().Scaling with { ScheduledActions = own }, PlannedActions = yesterday };

        foreach (var mode in new[] { PlanMode.Weekly, PlanMode.Horizon })
        {
            var nightly = NightlyPlanner.Stabilize(Plan(mode, [], Night, Night + Duration.FromDays(mode == PlanMode.Weekly ? 7 : 2), 150), settings);

            Assert.Equal([80, 80, 2], nightly.Plan.Actions.OrderBy(a => a.Name).Select(a => a.Min!.Value));
        }
    }

    [Fact]
    public void TrackingAlone_PastTheBudget_KeepsTheActionsThatRunSoonest()
    {
        var yesterday = Enumerable.Range(0, 7).SelectMany(day => new[] { Weekly($"planned-{2 * day + 1:000}", day, 7, 30, 40), Weekly($"planned-{2 * day + 2:000}", day, 20, 0, 4) }).ToList();
        var settings = Prod() with { PlannedActions = yesterday };

        var nightly = NightlyPlanner.Stabilize(Plan(PlanMode.Weekly, [], Night, Night + Duration.FromDays(7), budget: 3), settings);

        var soonest = ScheduleExpander.Firings(yesterday, Zone, Night, Night + Duration.FromDays(7)).Take(3).Select(f => f.Action.Name);
        Assert.Equal(soonest.Order(), nightly.Plan.Actions.Select(a => a.Name).Order());
        Assert.Equal(11, nightly.Diff.Deletes.Count);
    }

    [Fact]
    public void TrackingAlone_PastTheBudget_DropsActionsThatNeverRunAgainFirst()
    {
        var yesterday = new[]
        {
            At("planned-001", "2026-11-29T10:00:00", 30), At("planned-002", "2026-12-01T10:00:00", 30),
            At("planned-003", "2026-12-01T14:00:00", 40), At("planned-004", "2026-12-02T10:00:00", 20),
        };
        var settings = Prod() with { PlannedActions = yesterday };

        var nightly = NightlyPlanner.Stabilize(Plan(PlanMode.Horizon, [], Night, Night + Duration.FromDays(2), budget: 2), settings);

        Assert.Equal(["planned-002", "planned-003"], nightly.Plan.Actions.Select(a => a.Name).Order());
    }

    [Fact]
    public void StepHeldAtYourMin_GetsNoHeadroom_WhileAForecastStepDoes()
    {
        // Yours: min 50 from 12:00 to 16:00 New York time. Tonight's plan: 30 at 08:00 (a forecast), 50 at 12:00 (your
        // min, which the planner respects), 10 at 16:00.
        var own = new[]
        {
            new ScheduledActionSettings { Name = "warm", Schedule = "cron(0 12 * * ? *)", Min = 50 },
            new ScheduledActionSettings { Name = "cool", Schedule = "cron(0 16 * * ? *)", Min = 2 },
        };
        var settings = Prod() with { Scaling = Prod().Scaling with { ScheduledActions = own }, PlannedActions = [] };
        var fresh = Plan(PlanMode.Horizon, [At("p1", "2026-11-30T08:00:00", 30), At("p2", "2026-11-30T12:00:00", 50), At("p3", "2026-11-30T16:00:00", 10)],
            Night, Night + Duration.FromHours(24), 150);

        var nightly = NightlyPlanner.Stabilize(fresh, settings);

        int MinAt(string local) => nightly.Plan.Actions.Single(a => a.Schedule == $"at({local})").Min!.Value;
        Assert.Equal(36, MinAt("2026-11-30T08:00:00"));
        Assert.Equal(50, MinAt("2026-11-30T12:00:00"));
        Assert.Equal(PlanStabilizer.WithHeadroom(10, 2, StackMax), MinAt("2026-11-30T16:00:00"));
    }
}
