using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Forecasting;

/// <summary>
/// Weekly mode follows the requested window: a nightly fetch of exactly 14 days fits the weekly model even when its edge
/// samples are missing, and the band is calibrated on the weekly model that forecasts.
/// </summary>
public class WeeklyWindowTests
{
    private static readonly Instant Monday = SyntheticSeries.Monday;

    [Fact]
    public void FourteenDaysMissingTheirEdgeMinutes_AreStillTwoWeeks()
    {
        var start = Monday + Duration.FromDays(14);
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(14), stepMinutes: 1);
        history.Values[0] = double.NaN;
        history.Values[^1] = double.NaN;
        history.Values[^2] = double.NaN;

        var f = Forecaster.Forecast(history, new ForecastOptions { Start = start });

        Assert.Equal(Seasonality.Weekly, f.Seasonality);
        Assert.True(f.HasWeeklyPattern);
    }

    [Fact]
    public void MoreThanAnHourMissingAtTheOldestEdge_IsLessThanTwoWeeks()
    {
        var start = Monday + Duration.FromDays(14);
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday + Duration.FromMinutes(65), Duration.FromDays(14) - Duration.FromMinutes(65));

        var f = Forecaster.Forecast(history, new ForecastOptions { Start = start });

        Assert.Equal(Seasonality.Daily, f.Seasonality);
    }

    /// <summary>
    /// The nightly fetch of 15 days, with the function idle (no datapoint) from the moment the 14-day window opens: 7
    /// hours are idleness the file's 15th day vouches for; more than a day is a window that lacks a weekday's slots.
    /// </summary>
    [Theory]
    [InlineData(7 * 60, Seasonality.Weekly)]
    [InlineData(25 * 60, Seasonality.Daily)]
    public void FifteenDaysWithTheWindowsFirstMinutesIdle_AreTwoWeeksUpToADay(int idleMinutes, Seasonality expected)
    {
        var start = Monday + Duration.FromDays(15);
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(15), stepMinutes: 1);
        for (var m = 1440; m < 1440 + idleMinutes; m++) history.Values[m] = double.NaN;

        Assert.Equal(expected, Forecaster.Forecast(history, new ForecastOptions { Start = start }).Seasonality);
    }

    [Fact]
    public void BandOfAWeeklyForecast_IsCalibratedOnWeeklyRefits()
    {
        // Weekends peak at 60, weekdays at 30: a daily model refitted on the shorter prefixes would fall short of every
        // weekend by up to 30, and its errors would widen the band; the weekly model the forecast uses misses nothing.
        var history = SyntheticSeries.Sample(t => SyntheticSeries.WeeklyBumps(t, weekdayBump: 10, weekendBump: 40), Monday, Duration.FromDays(14));

        var f = Forecaster.Forecast(history, new ForecastOptions());

        Assert.Equal(Seasonality.Weekly, f.Seasonality);
        Assert.True(f.Upper.Zip(f.Point).Max(p => p.First - p.Second) < 1, $"band up to {f.Upper.Zip(f.Point).Max(p => p.First - p.Second):0.00} above the point forecast");
    }
}
