using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Planning;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Planning.PlanAssertions;

namespace AiLambdaInfra.Scaling.Tests.Planning;

public class CapacityPlannerTests
{
    private static readonly PlanRequest Request = new() { Min = 1, Max = 200, TargetUtilization = 0.7, Mode = PlanMode.Horizon };

    [Fact]
    public void StepDemand_IsCoveredAheadOfTime()
    {
        // 7 concurrent until 10:00, then 70: required 10, then 100.
        var forecast = Forecast(Step(2016, 120, 7, 70));
        var plan = CapacityPlanner.Plan(forecast, Request);

        var rise = Start + Duration.FromHours(10);
        var lead = Duration.FromMinutes(Request.LeadMinutes);
        Assert.Equal(100, plan.MinAt(rise - lead));
        Assert.Equal(10, plan.MinAt(rise - lead - Duration.FromMinutes(1)));
        Invariants(plan, Request);
    }

    [Fact]
    public void BudgetOfOneAction_WithTrackingThatCannotScaleIn_PlansOneRiseNotAFallAndItsRelease()
    {
        var request = Request with { MaxActions = 1, TargetTracking = true, TrackingScalesIn = false, Horizon = Duration.FromHours(24) };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 70, 7)), request);

        var action = Assert.Single(plan.Actions);
        Assert.Equal(request.Max, action.Max);
        Invariants(plan, request);
    }

    [Fact]
    public void Timeline_IsWhatTheTargetRuns_TheStacksOwnActionsMergedWithThePlanned()
    {
        // The stack's own actions raise min to 150 at 12:00 UTC and give it back at 14:00; the planned levels are 10 and 100.
        var request = Request with { UserActions = [Own("noon", "cron(0 12 * * ? *)", 150), Own("afternoon", "cron(0 14 * * ? *)", 1)] };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 7, 70)), request);

        Assert.Equal(100, plan.MinAt(Start + Duration.FromHours(11)));
        Assert.Equal(150, plan.MinAt(Start + Duration.FromHours(12)));
        Assert.Equal(100, plan.MinAt(Start + Duration.FromHours(14)));
        Assert.Equal(plan.Timeline, CapacityPlanner.TargetTimeline(request, plan.Actions, plan.Start, plan.End));
    }

    [Fact]
    public void StacksOwnMin_HoldsUntilItsNextAction_ThoughAPlannedFallRunsInBetween()
    {
        // Yours: min 50 from 12:00 to 16:00. The plan falls from 100 to 10 at 13:00, which on its own would take min to 10
        // three hours before your next action.
        var request = Request with { UserActions = [Own("warm", "cron(0 12 * * ? *)", 50), Own("cool", "cron(0 16 * * ? *)", 1)] };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 156, 70, 7)), request);

        Assert.Equal(50, plan.MinAt(Start + Duration.FromHours(13.5)));
        Assert.Equal(50, plan.MinAt(Start + Duration.FromHours(15) + Duration.FromMinutes(59)));
        Assert.Equal(10, plan.MinAt(Start + Duration.FromHours(16.5)));
        Assert.Equal(plan.Timeline, CapacityPlanner.TargetTimeline(request, plan.Actions, plan.Start, plan.End));
    }

    [Fact]
    public void WeeklyPlan_HoldsAOneOffOfYoursInTheWeekItRuns()
    {
        // Yours: a launch holding min 80 on Wednesday 2 December, 08:00–12:00 UTC, once. The plan falls from 100 to 10 at
        // 09:00 that day; in the week the plan is in force, your 80 holds until your 12:00.
        var request = Request with
        {
            Mode = PlanMode.Weekly,
            Horizon = Duration.FromDays(7),
            UserActions = [Own("launch", "at(2026-12-02T08:00:00)", 80), Own("launch-end", "at(2026-12-02T12:00:00)", 1)],
        };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 684, 70, 7), weeklyPattern: true), request);

        Assert.Equal(80, plan.MinAt(Instant.FromUtc(2026, 12, 2, 10, 30)));
        Assert.Equal(80, plan.MinAt(Instant.FromUtc(2026, 12, 2, 11, 59)));
        Assert.Equal(10, plan.MinAt(Instant.FromUtc(2026, 12, 2, 12, 30)));
    }

    [Fact]
    public void HorizonPlan_HoldsAOneOffOfYoursForItsWindow()
    {
        var request = Request with { UserActions = [Own("launch", "at(2026-11-30T08:00:00)", 80), Own("launch-end", "at(2026-11-30T12:00:00)", 1)] };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 108, 70, 7)), request);

        // The plan falls from 100 to 10 at 09:00 (less its lead); your min 80 holds it there until your 12:00.
        Assert.Equal(100, plan.MinAt(Start + Duration.FromHours(7)));
        Assert.Equal(80, plan.MinAt(Start + Duration.FromHours(10)));
        Assert.Equal(10, plan.MinAt(Start + Duration.FromHours(12.5)));
    }

    [Theory]
    [InlineData("at(2026-11-10T00:00:00)")]
    [InlineData("cron(0 0 1 * ? *)")]
    public void MinOfYoursSetWeeksAgo_IsStillTheFloor(string schedule)
    {
        // A one-off three weeks back, or a monthly action that last ran on the 1st: nothing of yours has lowered it since.
        var request = Request with { UserActions = [Own("raised", schedule, 40)] };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 0, 7, 7)), request);

        Assert.All(plan.Timeline, change => Assert.Equal(40, change.Min));
    }

    private static AiLambdaInfra.Scaling.Settings.ScheduledActionSettings Own(string name, string schedule, int min) =>
        new() { Name = name, Schedule = schedule, Min = min };

    [Fact]
    public void StacksOwnMin_RaisedForGood_IsTheFloorOfEveryPlannedLevel()
    {
        // One action of yours that raises min and none that lowers it: from its first run on, min stays there.
        var request = Request with { UserActions = [Own("noon", "cron(0 12 * * ? *)", 150)] };

        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 7, 70)), request);

        Assert.All(plan.Actions, action => Assert.True(action.Min >= 150, $"{action.Name} at {action.Schedule}: min {action.Min}"));
        Assert.All(plan.Timeline, change => Assert.Equal(150, change.Min));
    }

    [Fact]
    public void Fall_LowersMinOnlyAfterIt_AndLeavesTrackingItsRoom()
    {
        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 70, 7)), Request);

        var fall = Start + Duration.FromHours(10);
        Assert.Equal(100, plan.MinAt(fall - Duration.FromMinutes(1)));
        Assert.Equal(new CapacityChange(fall, 10, 200), plan.Timeline.Single(c => c.At == fall));
        Assert.All(plan.Actions, a => Assert.Equal(200, a.Max));
        Invariants(plan, Request);
    }

    [Fact]
    public void Fall_WhenTrackingCannotScaleIn_BringsMaxDownThenGivesItBack()
    {
        var request = Request with { TrackingScalesIn = false };
        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 70, 7)), request);

        var fall = Start + Duration.FromHours(10);
        Assert.Equal(new CapacityChange(fall, 10, 10), plan.Timeline.Single(c => c.At == fall));
        Assert.Equal(new CapacityChange(fall + CapacityPlanner.ReleaseDelay, 10, 200), plan.Timeline.Single(c => c.At == fall + CapacityPlanner.ReleaseDelay));
        Invariants(plan, request);
    }

    [Fact]
    public void Rises_LeaveRoomForTargetTracking()
    {
        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 7, 70)), Request);

        var rise = plan.Actions.Single(a => a.Min == 100);
        Assert.Equal(200, rise.Max);
    }

    [Fact]
    public void WithoutTargetTracking_EveryActionPinsMinAndMax()
    {
        var request = Request with { TargetTracking = false };
        var random = new Random(5);
        var plan = CapacityPlanner.Plan(Forecast(Enumerable.Range(0, 2016).Select(_ => random.NextDouble() * 100).ToArray()), request);

        Assert.All(plan.Actions, a => Assert.Equal(a.Min, a.Max));
        Invariants(plan, request);
    }

    [Fact]
    public void RequiredCapacity_IsUpperOverTargetRoundedUpAndClamped()
    {
        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 12, 7, 350)), Request);

        Assert.Equal(10, plan.Required.Values[0]); // 7 ÷ 0.7 = 10 exactly, not 11
        Assert.Equal(200, plan.Required.Values[12]);
        Assert.Equal(200, plan.Peak);
        Assert.Equal(500, plan.UnclampedPeak);
    }

    [Fact]
    public void UserActions_ShrinkTheBudgetUnderTheAwsLimit()
    {
        var random = new Random(9);
        var request = Request with { UserActionCount = 195 };
        var plan = CapacityPlanner.Plan(Forecast(Enumerable.Range(0, 2016).Select(_ => random.NextDouble() * 100).ToArray()), request);

        Assert.Equal(5, plan.ActionBudget);
        Invariants(plan, request);
    }

    [Fact]
    public void NoActionLeft_IsAClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => CapacityPlanner.Plan(Forecast(Step(2016, 1, 1, 1)), Request with { UserActionCount = 200 }));
        Assert.Equal("No scheduled action is left for the plan: the stack has 200 of its own and AWS allows 200 per target.", e.Message);
    }

    [Fact]
    public void HorizonMode_WritesOneOffActionsInTheStackTimezone()
    {
        var request = Request with { Timezone = "America/New_York" };
        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 7, 70)), request);

        Assert.Equal(PlanMode.Horizon, plan.Mode);
        var rise = plan.Actions.Single(a => a.Min == 100);
        // 10:00 UTC less 7 minutes is 04:53 in New York (UTC−5 in November).
        Assert.Equal("planned-20261130-0453", rise.Name);
        Assert.Equal("at(2026-11-30T04:53:00)", rise.Schedule);
        Assert.Equal("America/New_York", rise.Timezone);
        Invariants(plan, request);
    }

    [Fact]
    public void WeeklyMode_WritesCronActionsThatRepeatTheWeek()
    {
        var request = Request with { Mode = PlanMode.Weekly, Timezone = "Europe/Berlin" };
        var plan = CapacityPlanner.Plan(Forecast(Step(2016, 120, 7, 70)), request);

        Assert.All(plan.Actions, a => Assert.Matches(new Regex(@"^cron\(\d{1,2} \d{1,2} \? \* (MON|TUE|WED|THU|FRI|SAT|SUN) \*\)$"), a.Schedule));
        Assert.All(plan.Actions, a => Assert.Matches(new Regex(@"^planned-(mon|tue|wed|thu|fri|sat|sun)-\d{4}$"), a.Name));
        // Monday 2026-11-30 10:00 UTC less 7 minutes is 10:53 in Berlin (UTC+1).
        Assert.Contains(plan.Actions, a => a is { Name: "planned-mon-1053", Schedule: "cron(53 10 ? * MON *)", Min: 100 });
        Invariants(plan, request with { Horizon = Duration.FromDays(6) });
    }

    [Fact]
    public void AutoMode_IsWeeklyOnlyWhenTheForecastFoundAPattern()
    {
        var upper = Step(2016, 120, 7, 70);
        Assert.Equal(PlanMode.Horizon, CapacityPlanner.Plan(Forecast(upper), Request with { Mode = PlanMode.Auto }).Mode);
        Assert.Equal(PlanMode.Weekly, CapacityPlanner.Plan(Forecast(upper, weeklyPattern: true), Request with { Mode = PlanMode.Auto }).Mode);
    }

    [Fact]
    public void NoActionRunsAtALocalTimeTheClocksRepeat()
    {
        // Europe/Berlin: 2026-10-25 03:00 CEST becomes 02:00 CET, so 02:00–02:59 happens twice.
        var start = Instant.FromUtc(2026, 10, 24, 12, 0);
        var random = new Random(2);
        var upper = Enumerable.Range(0, 2016).Select(_ => random.NextDouble() * 100).ToArray();
        var request = Request with { Timezone = "Europe/Berlin", Start = start };
        var plan = CapacityPlanner.Plan(Forecast(upper, start), request);

        Assert.DoesNotContain(plan.Actions, a => a.Schedule.StartsWith("at(2026-10-25T02:", StringComparison.Ordinal));
        Invariants(plan, request);
    }

    [Fact]
    public void NoWeeklyActionRunsAtALocalTimeADaylightSavingChangeSkipsOrRepeats()
    {
        // Spring forward in Berlin on 2026-03-29 (02:00–02:59 does not exist); the same Sunday hour repeats in October.
        var start = Instant.FromUtc(2026, 3, 26, 0, 0);
        var random = new Random(4);
        var upper = Enumerable.Range(0, 2016).Select(_ => random.NextDouble() * 100).ToArray();
        var request = Request with { Mode = PlanMode.Weekly, Timezone = "Europe/Berlin", Start = start, Horizon = Duration.FromDays(6) };
        var plan = CapacityPlanner.Plan(Forecast(upper, start), request);

        Assert.DoesNotContain(plan.Actions, a => Regex.IsMatch(a.Schedule, @"^cron\(\d+ 2 \? \* SUN \*\)$"));
        Invariants(plan, request);
    }

    [Fact]
    public void ManyChanges_AreCompressedToTheBudgetWithoutGoingBelowTheNeed()
    {
        var random = new Random(1);
        var upper = Enumerable.Range(0, 2016).Select(_ => 20 + random.NextDouble() * 80).ToArray();
        var request = Request with { MaxActions = 12 };

        var plan = CapacityPlanner.Plan(Forecast(upper), request);

        Assert.True(plan.Actions.Count <= 12);
        Invariants(plan, request);
    }

    [Fact]
    public void SameForecast_GivesTheSameActions()
    {
        var random = new Random(8);
        var upper = Enumerable.Range(0, 2016).Select(_ => random.NextDouble() * 100).ToArray();

        var a = CapacityPlanner.Plan(Forecast(upper), Request);
        var b = CapacityPlanner.Plan(Forecast(upper), Request);

        Assert.Equal(a.Actions, b.Actions);
    }

    [Fact]
    public void ForecastShorterThanTheWeek_IsRejectedForAWeeklyPlan()
    {
        var e = Assert.Throws<ArgumentException>(() => CapacityPlanner.Plan(Forecast(Step(576, 1, 1, 1)), Request with { Mode = PlanMode.Weekly }));
        Assert.StartsWith("The forecast (", e.Message);
    }
}
