using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Planning;

/// <summary>
/// Traffic that follows New York's wall clock (weekdays 09:00–17:00 local at 40 concurrent, 5 otherwise) planned across a
/// daylight-saving change, clocks forward (8 March 2026) and back (1 November 2026), with the change inside the history
/// or inside the planned week: the profiles are fitted in local time, so no minute around the change is planned below
/// the load, and the rise stays at 09:00 local.
/// </summary>
public class LocalTimeSeasonalityTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData(2026, 3, 5)]   // the week planned holds the spring change
    [InlineData(2026, 3, 12)]  // the history holds it
    [InlineData(2026, 10, 29)] // the week planned holds the autumn change
    [InlineData(2026, 11, 5)]  // the history holds it
    public void LocalBusinessHours_AreNeverUnderProvisionedAroundTheChange(int year, int month, int day)
    {
        var start = new LocalDate(year, month, day).AtStartOfDayInZone(NewYork).ToInstant();
        var history = Sample(start - Duration.FromDays(14), start);
        var scaling = new ScalingSettings { Min = 1, Max = 100, Timezone = "America/New_York" };
        var planner = new PlannerSettings { HorizonHours = 168, Mode = "weekly" };

        var plan = PlanningPipeline.Run(history, scaling, planner, start).Plan;

        var change = 0;
        for (var m = 0; m < 7 * 1440; m++)
        {
            var t = start + Duration.FromMinutes(m);
            while (change + 1 < plan.Timeline.Count && plan.Timeline[change + 1].At <= t) change++;
            Assert.True(plan.Timeline[change].Min >= Load(t), $"{t.InZone(NewYork)}: planned {plan.Timeline[change].Min}, load {Load(t)}");
        }
    }

    [Fact]
    public void RiseAfterTheSpringChange_StaysAtNineLocal()
    {
        var start = new LocalDate(2026, 3, 12).AtStartOfDayInZone(NewYork).ToInstant();
        var history = Sample(start - Duration.FromDays(14), start);
        var scaling = new ScalingSettings { Min = 1, Max = 100, Timezone = "America/New_York" };

        var plan = PlanningPipeline.Run(history, scaling, new PlannerSettings { HorizonHours = 24 }, start).Plan;

        var rise = plan.Timeline.First(c => c.Min >= 40).At.InZone(NewYork).TimeOfDay;
        Assert.InRange(rise, new LocalTime(8, 45), new LocalTime(9, 0));
    }

    private static double Load(Instant t)
    {
        var local = t.InZone(NewYork);
        var weekday = local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        return weekday && local.Hour is >= 9 and < 17 ? 40 : 5;
    }

    private static DemandSeries Sample(Instant from, Instant to)
    {
        var minutes = (int)(to - from).TotalMinutes;
        return new DemandSeries(from, Duration.FromMinutes(1), Enumerable.Range(0, minutes).Select(m => Load(from + Duration.FromMinutes(m))).ToArray());
    }
}
