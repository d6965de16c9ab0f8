using System.Runtime.CompilerServices;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Statistics;
using NodaTime;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// Forecasts a function's concurrency from its own history. The model, fitted on the newest
/// <see cref="ForecastOptions.HistoryDays"/> days at 5 minutes (each slot the maximum of its minutes):
/// <list type="number">
/// <item>Trend: the median of each day (the 288 slots before the start, then the 288 before those, …; days less than
/// half observed are left out), through a Theil–Sen line (the median of the pairwise slopes), which a few odd days cannot
/// tilt. With fewer than three days the trend is flat.</item>
/// <item>Daily profile: for each 5-minute slot of the local day (the stack's time zone, <see cref="LocalClock"/>), the median of the detrended values of that slot on
/// every day, then a running median over the slot and the two either side (which keeps steps where they are). Medians ignore spikes that fill less than half of a slot's window and ignore gaps.</item>
/// <item>Weekly adjustment, only with two weeks or more: each weekday gets its own line <c>scale × daily profile + shift</c>,
/// fitted to that weekday's values by least absolute deviations. A weekend that is 0.8× a weekday, or one with no
/// business-hours peak at all (scale near 0), is one line; two parameters a weekday cannot chase noise.</item>
/// <item>Upper band: the chosen quantile of day-ahead errors, each divided by the square root of the forecast (count-like
/// noise grows with the level), scaled back by the square root of each forecast value. The errors are out of sample:
/// the model is refitted without its last day, the day before, … (up to a week, while two days remain) and scored on the
/// day it did not see; only with less than three days of history are in-sample residuals used. On the real traces this
/// makes the P90 band cover 89–93 % of the next day's 5-minute maxima (NAB AMZN, AAPL, ELB), where in-sample residuals covered 78–86 %.</item>
/// </list>
/// Missing slots stay out of every median and quantile: nothing is filled in. A slot of the day never observed takes the
/// profile of the nearest observed slots.
/// </summary>
public static class Forecaster
{
    /// <summary>Share of the spread around the trend the seasonal profile must explain to call the pattern repeating.</summary>
    public const double PatternStrengthThreshold = 0.25;

    private const int SlotsPerHour = 12;

    /// <summary>Forecasts from the history before <see cref="ForecastOptions.Start"/>.</summary>
    public static Forecast Forecast(DemandSeries history, ForecastOptions options) => Replay(history, options, 0).Forecast;

    /// <summary>
    /// The forecast, and the day-ahead forecasts the same model would have made for each of the last
    /// <paramref name="replayDays"/> days of the history, each fitted only on the days before it and given a band
    /// calibrated only on errors from before it. The day-ahead refits that calibrate the band are the same fits, so a
    /// replay costs a few more fits, not a forecast per day. Fewer days are returned when the history is too short.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ForecastReplay Replay(DemandSeries history, ForecastOptions options, int replayDays)
    {
        if (options.Quantile is < 0.5 or > 0.99)
            throw new ArgumentOutOfRangeException(nameof(options), $"The forecast quantile must be between 0.5 and 0.99, got {options.Quantile}.");
        if (options.Horizon <= Duration.Zero || options.Horizon > ForecastLimits.MaximumHorizon)
            throw new ArgumentOutOfRangeException(nameof(options), $"The forecast horizon must be more than 0 and at most 168 hours, got {options.Horizon.TotalHours} hours.");
        if (options.HistoryDays < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"The history used must be at least 1 day, got {options.HistoryDays}.");

        var step = ForecastLimits.Resolution;
        var stepTicks = (long)step.TotalTicks;
        var series = history.ResampleMax(step);
        var start = options.Start is { } s ? RoundUp(s, stepTicks) : series.End;
        var used = series.Slice(start - Duration.FromDays(options.HistoryDays), start);
        var y = used.Values;
        var n = y.Length;
        var firstPresent = Array.FindIndex(y, v => !double.IsNaN(v));
        var lastPresent = Array.FindLastIndex(y, v => !double.IsNaN(v));
        var covered = firstPresent < 0 ? Duration.Zero : step * (lastPresent - firstPresent + 1);
        if (covered < ForecastLimits.MinimumHistory)
            throw new InsufficientHistoryException(
                $"The history before {IsoTimestamp.Format(start)} covers {covered.TotalHours:0.#} hours; at least {ForecastLimits.MinimumHistory.TotalHours:0} hours are required.");

        var firstSlot = used.Start.ToUnixTimeTicks() / stepTicks;
        var startSlot = start.ToUnixTimeTicks() / stepTicks;
        var slots = (int)Math.Ceiling(options.Horizon.TotalTicks / stepTicks);
        var clock = new LocalClock(ZoneOf(options.Timezone), firstSlot, (int)(startSlot - firstSlot) + slots);

        // The requested window decides: the newest samples may be missing (CloudWatch lags, idle minutes have no
        // datapoint), so the span counts up to the start, and the oldest edge may miss up to EdgeTolerance; up to
        // IdleEdgeTolerance when the history has a sample from before the window, so the gap is idleness, not its end.
        var spanToStart = firstPresent < 0 ? Duration.Zero : start - used.TimeOf(firstPresent);
        var reachesFurther = Array.FindIndex(series.Values, v => !double.IsNaN(v)) is var first and >= 0 && series.TimeOf(first) < used.Start;
        var tolerance = reachesFurther ? ForecastLimits.IdleEdgeTolerance : ForecastLimits.EdgeTolerance;
        var weekly = spanToStart >= ForecastLimits.WeeklyMinimumHistory - tolerance;
        var model = SeasonalModel.Fit(y, n, firstSlot, weekly, clock);
        var strength = PatternStrength(y, n, firstSlot, model);

        // Day-ahead refits: without the last day, the last two, …; they calibrate the band and are the replay's forecasts.
        var dayAhead = DayAheadCalibration.Fits(y, n, firstSlot, weekly, clock, DayAheadCalibration.CalibrationDays + replayDays);
        var errors = DayAheadCalibration.Errors(dayAhead, 0, DayAheadCalibration.CalibrationDays);
        if (errors.Length == 0) errors = DayAheadCalibration.InSampleErrors(y, n, firstSlot, model);

        var point = new double[slots];
        for (var j = 0; j < slots; j++) point[j] = model.Predict(startSlot + j);
        var forecast = new Forecast(start, step, point, Band(point, errors, options.Quantile), options.Quantile)
        {
            Seasonality = weekly ? Seasonality.Weekly : Seasonality.Daily,
            HasWeeklyPattern = weekly && strength >= PatternStrengthThreshold,
            PatternStrength = strength,
            TrendPerDay = model.Slope,
            Fitted = used,
            CalibrationErrors = errors,
        };

        var days = new List<Forecast>();
        for (var j = Math.Min(replayDays, dayAhead.Count); j >= 1; j--)
        {
            var dayErrors = DayAheadCalibration.Errors(dayAhead, j, DayAheadCalibration.CalibrationDays);
            if (dayErrors.Length < DayAheadCalibration.MinimumCalibrationSlots) continue;
            var day = dayAhead[j - 1];
            days.Add(new Forecast(used.TimeOf(day.Cut), step, day.Point, Band(day.Point, dayErrors, options.Quantile), options.Quantile)
            {
                Seasonality = forecast.Seasonality,
                CalibrationErrors = dayErrors,
            });
        }
        return new ForecastReplay(forecast, days);
    }

    /// <summary>
    /// Fit quality: how much of the spread of the hourly means around the trend the seasonal profile explains. Hourly,
    /// because a schedule follows the level hour by hour; 5-minute noise is what no schedule can follow either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double PatternStrength(double[] y, int n, long firstSlot, SeasonalModel model)
    {
        var spread = new List<double>(n / SlotsPerHour + 1);
        var seasonalErrors = new List<double>(n / SlotsPerHour + 1);
        for (var h = 0; h < n; h += SlotsPerHour)
        {
            double observed = 0, trend = 0, seasonal = 0;
            var present = 0;
            for (var i = h; i < Math.Min(n, h + SlotsPerHour); i++)
            {
                if (double.IsNaN(y[i])) continue;
                observed += y[i];
                trend += model.TrendAt(firstSlot + i);
                seasonal += model.SeasonalAt(firstSlot + i);
                present++;
            }
            if (present == 0) continue;
            spread.Add((observed - trend) / present);
            seasonalErrors.Add(Math.Abs(observed - trend - seasonal) / present);
        }
        var centre = RobustStats.Median(spread.ToArray());
        var baselineError = spread.Sum(v => Math.Abs(v - centre));
        var seasonalError = seasonalErrors.Sum();
        return baselineError > 0 ? Math.Clamp(1 - seasonalError / baselineError, 0, 1) : 0;
    }

    /// <summary>The upper band at <paramref name="quantile"/> of the sorted scaled errors, around <paramref name="point"/>.</summary>
    internal static double[] Band(double[] point, double[] sortedErrors, double quantile)
    {
        var scale = Math.Max(0, RobustStats.SortedQuantile(sortedErrors, quantile));
        var upper = new double[point.Length];
        for (var j = 0; j < point.Length; j++) upper[j] = point[j] + scale * Math.Sqrt(Math.Max(point[j], 1));
        return upper;
    }

    private static DateTimeZone ZoneOf(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? throw new ArgumentException($"Time zone '{id}' is not an IANA time zone name (such as Europe/Berlin or UTC).", nameof(id));

    private static Instant RoundUp(Instant instant, long stepTicks)
    {
        var t = instant.ToUnixTimeTicks();
        var r = ((t % stepTicks) + stepTicks) % stepTicks;
        return r == 0 ? instant : Instant.FromUnixTimeTicks(t - r + stepTicks);
    }
}
