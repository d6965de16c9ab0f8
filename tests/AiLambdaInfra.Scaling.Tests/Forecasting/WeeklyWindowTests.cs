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

    [Fact]
    public void FifteenDaysWithTheWindowsFirstHoursIdle_AreTwoWeeks()
    {
        // The nightly fetch of 15 days: the function idles 00:00–07:00 on the day the 14-day window opens, so the window's
        // first sample is 7 hours in, but the file's 15th day shows the history goes back further.
        var start = Monday + Duration.FromDays(15);
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(15), stepMinutes: 1);
        for (var m = 1440; m < 1440 + 7 * 60; m++) history.Values[m] = double.NaN;

        var f = Forecaster.Forecast(history, new ForecastOptions { Start = start });

        Assert.Equal(Seasonality.Weekly, f.Seasonality);
    }

    [Fact]
    public void WindowWhoseFirstDayIsMissing_IsLessThanTwoWeeks_EvenWithOlderSamples()
    {
        var start = Monday + Duration.FromDays(15);
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(15), stepMinutes: 1);
        for (var m = 1440; m < 1440 + 25 * 60; m++) history.Values[m] = double.NaN;

        var f = Forecaster.Forecast(history, new ForecastOptions { Start = start });

        Assert.Equal(Seasonality.Daily, f.Seasonality);
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
