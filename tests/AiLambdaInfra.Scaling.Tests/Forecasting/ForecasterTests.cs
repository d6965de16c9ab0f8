using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Forecasting;

public class ForecasterTests
{
    private static readonly Instant Monday = SyntheticSeries.Monday;

    private static double MeanAbsoluteError(Forecast f, Func<Instant, double> truth) =>
        Enumerable.Range(0, f.Point.Length).Average(i => Math.Abs(f.Point[i] - truth(f.Start + f.Step * i)));

    [Fact]
    public void PureWeeklyPattern_IsForecastWithinOnePerCent()
    {
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(21));

        var f = Forecaster.Forecast(history, new ForecastOptions { Horizon = Duration.FromDays(7) });

        Assert.Equal(Seasonality.Weekly, f.Seasonality);
        Assert.True(f.HasWeeklyPattern);
        var mean = Enumerable.Range(0, f.Point.Length).Average(i => SyntheticSeries.Weekly(f.Start + f.Step * i));
        var relative = MeanAbsoluteError(f, SyntheticSeries.Weekly) / mean;
        Assert.True(relative < 0.01, $"mean absolute error {relative:P2} of the mean");
    }

    [Fact]
    public void WeekendsDifferFromWeekdays_OnlyWithTwoWeeks()
    {
        var thirteen = Forecaster.Forecast(SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(13)), new ForecastOptions());
        var fourteen = Forecaster.Forecast(SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(14)), new ForecastOptions());

        Assert.Equal(Seasonality.Daily, thirteen.Seasonality);
        Assert.False(thirteen.HasWeeklyPattern);
        Assert.Equal(Seasonality.Weekly, fourteen.Seasonality);
    }

    [Fact]
    public void Spikes_DoNotMoveThePointForecast()
    {
        var random = new Random(7);
        var clean = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(14));
        var spiky = clean with { Values = clean.Values.Select(v => random.NextDouble() < 0.03 ? v * 10 : v).ToArray() };

        var fClean = Forecaster.Forecast(clean, new ForecastOptions());
        var fSpiky = Forecaster.Forecast(spiky, new ForecastOptions());

        var shift = Enumerable.Range(0, fClean.Point.Length).Max(i => Math.Abs(fClean.Point[i] - fSpiky.Point[i]));
        Assert.True(shift < 2, $"largest change of the point forecast {shift:0.00}");
    }

    [Fact]
    public void Gaps_AreSkippedNotFilled()
    {
        var full = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(14));
        var values = (double[])full.Values.Clone();
        Array.Fill(values, double.NaN, 288 * 3, 288); // a whole day missing
        Array.Fill(values, double.NaN, 288 * 9 + 100, 20);

        var f = Forecaster.Forecast(full with { Values = values }, new ForecastOptions { Horizon = Duration.FromDays(7) });

        Assert.All(f.Point, p => Assert.False(double.IsNaN(p)));
        Assert.True(MeanAbsoluteError(f, SyntheticSeries.Weekly) < 1);
        Assert.Equal(4032, f.Fitted!.Values.Length);
        Assert.Equal(288 + 20, f.Fitted.Values.Count(double.IsNaN));
    }

    [Fact]
    public void LinearGrowth_IsExtrapolated()
    {
        double Growing(Instant t) => 50 + 2 * (t - Monday).TotalDays;
        var history = SyntheticSeries.Sample(Growing, Monday, Duration.FromDays(10));

        var f = Forecaster.Forecast(history, new ForecastOptions { Horizon = Duration.FromDays(2) });

        Assert.Equal(2, f.TrendPerDay, 3);
        Assert.True(MeanAbsoluteError(f, Growing) < 0.1);
    }

    [Fact]
    public void UpperBand_CoversTheChosenShareOfNoisyDemand()
    {
        var random = new Random(11);
        double Noisy(Instant t) => Math.Max(0, SyntheticSeries.Weekly(t) + 4 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(Math.Tau * random.NextDouble()));
        var series = SyntheticSeries.Sample(Noisy, Monday, Duration.FromDays(21));
        var history = series.Slice(Monday, Monday + Duration.FromDays(14));

        var f = Forecaster.Forecast(history, new ForecastOptions { Horizon = Duration.FromDays(7), Quantile = 0.9 });

        var actual = series.Values[4032..];
        var covered = Enumerable.Range(0, actual.Length).Count(i => actual[i] <= f.Upper[i]) / (double)actual.Length;
        Assert.InRange(covered, 0.85, 0.95);
        Assert.All(Enumerable.Range(0, f.Point.Length), i => Assert.True(f.Upper[i] >= f.Point[i]));
    }

    [Fact]
    public void HigherQuantile_GivesAWiderBand()
    {
        var random = new Random(3);
        var series = SyntheticSeries.Sample(t => SyntheticSeries.Weekly(t) * (0.8 + 0.4 * random.NextDouble()), Monday, Duration.FromDays(14));

        var p90 = Forecaster.Forecast(series, new ForecastOptions { Quantile = 0.9 });
        var p99 = Forecaster.Forecast(series, new ForecastOptions { Quantile = 0.99 });

        Assert.All(Enumerable.Range(0, p90.Upper.Length), i => Assert.True(p99.Upper[i] >= p90.Upper[i]));
        Assert.Equal(p90.Point, p99.Point);
    }

    [Fact]
    public void OneMinuteHistory_IsForecastAsFiveMinuteMaxima()
    {
        var history = SyntheticSeries.Sample(t => t.InUtc().Minute % 5 == 2 ? 40 : 10, Monday, Duration.FromDays(3), stepMinutes: 1);

        var f = Forecaster.Forecast(history, new ForecastOptions());

        Assert.Equal(Duration.FromMinutes(5), f.Step);
        Assert.All(f.Point, p => Assert.Equal(40, p, 6));
    }

    [Fact]
    public void HistoryAfterTheStart_IsIgnored()
    {
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(14));
        var start = Monday + Duration.FromDays(7);

        var f = Forecaster.Forecast(history, new ForecastOptions { Start = start });

        Assert.Equal(start, f.Start);
        Assert.Equal(start, f.Fitted!.End);
    }

    [Fact]
    public void LessThanADayBeforeTheStart_IsTooLittleHistory()
    {
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(3));

        var e = Assert.Throws<InsufficientHistoryException>(() =>
            Forecaster.Forecast(history, new ForecastOptions { Start = Monday + Duration.FromHours(20) }));
        Assert.Equal("The history before 2026-11-02T20:00:00Z covers 20 hours; at least 24 hours are required.", e.Message);
    }

    [Fact]
    public void SameInput_GivesTheSameForecast()
    {
        var history = SyntheticSeries.Sample(SyntheticSeries.Weekly, Monday, Duration.FromDays(15));

        var a = Forecaster.Forecast(history, new ForecastOptions());
        var b = Forecaster.Forecast(history, new ForecastOptions());

        Assert.Equal(a.Point, b.Point);
        Assert.Equal(a.Upper, b.Upper);
    }
}
