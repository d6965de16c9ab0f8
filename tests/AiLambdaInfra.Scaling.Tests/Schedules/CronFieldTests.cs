using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Schedules;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Validation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Schedules;

public class CronFieldTests
{
    private static int[] Values(bool[]? allowed) => Enumerable.Range(0, allowed!.Length).Where(v => allowed[v]).ToArray();

    [Fact]
    public void StepFromAValue_RunsToTheTopOfTheRange() =>
        Assert.Equal([0, 15, 30, 45], Values(CronField.Parse("0/15", 0, 59)));

    [Fact]
    public void RangesListsAndNames_Combine() =>
        Assert.Equal([2, 3, 4, 5, 6], Values(CronField.Parse("MON-THU,fri", 1, 7, CronField.DayNames)));

    [Fact]
    public void QuestionMark_AllowsEveryValue() =>
        Assert.Equal(Enumerable.Range(1, 12), Values(CronField.Parse("?", 1, 12, CronField.MonthNames)));

    [Theory]
    [InlineData("60")]
    [InlineData("10-5")]
    [InlineData("*/0")]
    [InlineData("MON")]
    [InlineData("1,,2")]
    public void MalformedOrOutOfRangeField_ReadsAsNothing(string field) => Assert.Null(CronField.Parse(field, 0, 59));

    [Theory]
    [InlineData("cron(45 7 ? * MON-FRI *)")]
    [InlineData("cron(0/15 8-18 ? JAN-MAR,DEC SAT,SUN 2026-2030)")]
    [InlineData("cron(0 0 1,15 * ? *)")]
    public void WhatValidates_AlsoExpands(string schedule)
    {
        Assert.Null(ScheduleExpression.Check(schedule));
        var action = new ScheduledActionSettings { Name = "a", Schedule = schedule, Min = 1 };
        var from = Instant.FromUtc(2026, 12, 1, 0, 0);

        var firings = ScheduleExpander.Firings([action], "Europe/Paris", from, from + Duration.FromDays(35));

        Assert.NotEmpty(firings);
    }
}
