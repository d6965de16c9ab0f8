using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Schedules;

/// <summary>The day forms and rate() that validation accepts expand to the runs AWS documents for them.</summary>
public class CronDayFormsTests
{
    private static readonly Instant December = Instant.FromUtc(2026, 12, 1, 0, 0);

    private static string[] Runs(string schedule, DateTimeOffset? startTime = null)
    {
        Assert.Null(ScheduleExpression.Check(schedule));
        var action = new ScheduledActionSettings { Name = "a", Schedule = schedule, Min = 1, StartTime = startTime };
        return ScheduleExpander.Firings([action], "UTC", December, December + Duration.FromDays(31))
            .Select(f => f.At.ToString("yyyy-MM-dd'T'HH:mm", null)).ToArray();
    }

    [Fact]
    public void LastDayOfMonth_RunsOnTheThirtyFirst() => Assert.Equal(["2026-12-31T09:00"], Runs("cron(0 9 L * ? *)"));

    [Fact]
    public void LastWeekdayOfMonth_SkipsTheWeekend() => Assert.Equal(["2027-01-29T09:00"],
        ScheduleExpander.Firings([new ScheduledActionSettings { Name = "a", Schedule = "cron(0 9 LW * ? *)", Min = 1 }], "UTC",
            Instant.FromUtc(2027, 1, 1, 0, 0), Instant.FromUtc(2027, 2, 1, 0, 0)).Select(f => f.At.ToString("yyyy-MM-dd'T'HH:mm", null)));

    [Fact]
    public void NearestWeekday_MovesASaturdayToFriday() => Assert.Equal(["2026-12-04T09:00"], Runs("cron(0 9 5W * ? *)"));

    [Fact]
    public void NearestWeekday_MovesASundayToMonday() => Assert.Equal(["2026-12-07T09:00"], Runs("cron(0 9 6W * ? *)"));

    [Fact]
    public void LastFridayOfMonth_RunsOnTheLastFriday() => Assert.Equal(["2026-12-25T09:00"], Runs("cron(0 9 ? * 6L *)"));

    [Fact]
    public void SecondTuesday_RunsOnTheSecondTuesday() => Assert.Equal(["2026-12-08T09:00"], Runs("cron(0 9 ? * TUE#2 *)"));

    [Fact]
    public void LastDayOfWeek_IsSaturday() => Assert.Equal(["2026-12-05T09:00", "2026-12-12T09:00", "2026-12-19T09:00", "2026-12-26T09:00"],
        Runs("cron(0 9 ? * L *)"));

    [Fact]
    public void Rate_CountsFromTheStartTime() => Assert.Equal(["2026-12-20T06:00", "2026-12-27T06:00"],
        Runs("rate(7 days)", new DateTimeOffset(2026, 12, 20, 6, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void RateWithoutStartTime_CountsFromTheUnixEpoch() => Assert.Equal(31, Runs("rate(1 day)").Length);

    /// <summary>Cron fields built from every form AWS documents, and some malformed ones.</summary>
    private static Arbitrary<string> CronExpressions()
    {
        var minute = Gen.Elements("0", "*/15", "5-10", "0,30", "60", "*");
        var hour = Gen.Elements("9", "*", "8-18/2", "24");
        var dayOfMonth = Gen.Elements("?", "*", "1", "L", "LW", "15W", "31W", "1,15", "5L", "0", "32W");
        var month = Gen.Elements("*", "JAN-MAR", "2", "DEC", "13");
        var dayOfWeek = Gen.Elements("?", "*", "MON-FRI", "6L", "L", "2#1", "FRI#5", "SAT#6", "8", "1L");
        var year = Gen.Elements("*", "2026", "2026-2030", "1969", "2199");
        var expressions =
            from mi in minute
            from h in hour
            from dom in dayOfMonth
            from mo in month
            from dow in dayOfWeek
            from y in year
            select $"cron({mi} {h} {dom} {mo} {dow} {y})";
        return expressions.ToArbitrary();
    }

    [Property(MaxTest = 300)]
    public Property EveryCronExpressionThatValidates_Expands() => Prop.ForAll(CronExpressions(), schedule =>
    {
        var action = new ScheduledActionSettings { Name = "a", Schedule = schedule, Min = 1 };
        var validates = ScheduleExpression.Check(schedule) is null;
        var expands = Record.Exception(() => ScheduleExpander.Firings([action], "Europe/Paris", December, December + Duration.FromDays(62))) is null;
        return (!validates || expands).Label($"{schedule} validates but does not expand");
    });

    [Property(MaxTest = 100)]
    public Property EveryRateThatValidates_Expands() => Prop.ForAll(Gen.Choose(0, 2000).ToArbitrary(), Gen.Elements("minute", "minutes", "hour", "hours", "day", "days").ToArbitrary(), (value, unit) =>
    {
        var schedule = $"rate({value} {unit})";
        var action = new ScheduledActionSettings { Name = "a", Schedule = schedule, Min = 1 };
        var validates = ScheduleExpression.Check(schedule) is null;
        var runs = validates ? ScheduleExpander.Firings([action], "UTC", December, December + Duration.FromDays(3)) : [];
        return !validates || runs.Zip(runs.Skip(1)).All(p => p.Second.At - p.First.At == ScheduleExpression.RatePeriod(schedule));
    });
}
