using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class ScheduleTimesTests
{
    private static readonly ScalingSettings Berlin = new() { Timezone = "Europe/Berlin" };

    [Fact]
    public void ActionWithItsOwnZone_KeepsIt() =>
        Assert.Equal("Europe/London", ScheduleTimes.Timezone(new ScheduledActionSettings { Name = "evening", Schedule = "cron(0 20 * * ? *)", Timezone = "Europe/London" }, Berlin));

    [Fact]
    public void ActionWithoutAZone_TakesTheStacksZone() =>
        Assert.Equal("Europe/Berlin", ScheduleTimes.Timezone(new ScheduledActionSettings { Name = "morning", Schedule = "cron(0 7 * * ? *)" }, Berlin));

    [Fact]
    public void StartTime_IsWrittenInUtc() =>
        Assert.Equal("2026-03-01T06:30:00Z", ScheduleTimes.Rfc3339Utc(new DateTimeOffset(2026, 3, 1, 7, 30, 0, TimeSpan.FromHours(1))));

    [Fact]
    public void MissingTime_StaysMissing() =>
        Assert.Null(ScheduleTimes.Rfc3339Utc(null));
}
