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

    private const int SlotsPerDay = 288;
    private const int SlotsPerHour = 12;
    private const int SmoothingHalfWidth = 2;

    /// <summary>Day-ahead refits used to calibrate the band: one week of days the model had not seen.</summary>
    private const int CalibrationDays = 7;

    /// <summary>Reweighting rounds of the least-absolute-deviations fit of each weekday's line.</summary>
    private const int LineIterations = 8;

    /// <summary>Below this mean absolute spread (concurrency) the daily profile is flat and a weekday only shifts it.</summary>
    private const double FlatProfileSpread = 0.05;
    private const int MinimumCalibrationSlots = SlotsPerDay * 2;
    private const int MinimumTrendDays = 3;

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
        // datapoint), so the span counts up to the start, and the oldest edge may miss up to EdgeTolerance.
        var spanToStart = firstPresent < 0 ? Duration.Zero : start - used.TimeOf(firstPresent);
        var weekly = spanToStart >= ForecastLimits.WeeklyMinimumHistory - ForecastLimits.EdgeTolerance;
        var model = Model.Fit(y, n, firstSlot, weekly, clock);

        // Fit quality: how much of the spread of the hourly means around the trend the seasonal profile explains. Hourly,
        // because a schedule follows the level hour by hour; 5-minute noise is what no schedule can follow either way.
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
        var strength = baselineError > 0 ? Math.Clamp(1 - seasonalError / baselineError, 0, 1) : 0;

        // Day-ahead refits: without the last day, the last two, …; they calibrate the band and are the replay's forecasts.
        var dayAhead = DayAheadFits(y, n, firstSlot, weekly, clock, CalibrationDays + replayDays);
        var errors = Errors(dayAhead, 0, CalibrationDays);
        if (errors.Length == 0) errors = InSampleErrors(y, n, firstSlot, model);

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
            var dayErrors = Errors(dayAhead, j, CalibrationDays);
            if (dayErrors.Length < MinimumCalibrationSlots) continue;
            var day = dayAhead[j - 1];
            days.Add(new Forecast(used.TimeOf(day.Cut), step, day.Point, Band(day.Point, dayErrors, options.Quantile), options.Quantile)
            {
                Seasonality = forecast.Seasonality,
                CalibrationErrors = dayErrors,
            });
        }
        return new ForecastReplay(forecast, days);
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

    private sealed record DayAhead(int Cut, double[] Point, double[] Errors);

    /// <summary>
    /// For k = 1, 2, … up to <paramref name="count"/>: the model refitted without the last k days, its forecast of the
    /// day after the cut, and its errors there, each divided by the square root of the forecast (count-like noise grows
    /// with the level). The refit uses the same kind of model (daily or weekly) as the forecast it calibrates.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<DayAhead> DayAheadFits(double[] y, int n, long firstSlot, bool weekly, LocalClock clock, int count)
    {
        var fits = new List<DayAhead>();
        for (var k = 1; k <= count; k++)
        {
            var cut = n - k * SlotsPerDay;
            if (cut < MinimumCalibrationSlots) break;
            var sub = Model.Fit(y[..cut], cut, firstSlot, weekly, clock);
            var point = new double[SlotsPerDay];
            var errors = new List<double>(SlotsPerDay);
            for (var i = cut; i < cut + SlotsPerDay; i++)
            {
                var fitted = sub.Predict(firstSlot + i);
                point[i - cut] = fitted;
                if (!double.IsNaN(y[i])) errors.Add((y[i] - fitted) / Math.Sqrt(Math.Max(fitted, 1)));
            }
            fits.Add(new DayAhead(cut, point, errors.ToArray()));
        }
        return fits;
    }

    /// <summary>The sorted errors of the day-ahead fits after the first <paramref name="skip"/>, at most <paramref name="take"/> of them.</summary>
    private static double[] Errors(List<DayAhead> fits, int skip, int take)
    {
        var errors = fits.Skip(skip).Take(take).SelectMany(f => f.Errors).ToArray();
        Array.Sort(errors);
        return errors;
    }

    /// <summary>In-sample errors, sorted: only when the history is too short for a day-ahead refit.</summary>
    private static double[] InSampleErrors(double[] y, int n, long firstSlot, Model model)
    {
        var residuals = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(y[i])) continue;
            var fitted = model.Predict(firstSlot + i);
            residuals.Add((y[i] - fitted) / Math.Sqrt(Math.Max(fitted, 1)));
        }
        var sorted = residuals.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>Trend, daily profile and weekly adjustment fitted on one stretch of history.</summary>
    private sealed class Model
    {
        public double Level { get; private init; }
        public double Slope { get; private init; }
        private long _endSlot;
        private LocalClock _clock = null!;
        private double[] _daily = [];
        private (double Scale, double Shift)[]? _weekdays;

        public double TrendAt(long slot) => Level + Slope * (slot - _endSlot + 0.5) / SlotsPerDay;

        public double SeasonalAt(long slot)
        {
            var daily = _daily[_clock.DaySlot(slot)];
            if (_weekdays is null) return daily;
            var (scale, shift) = _weekdays[_clock.Weekday(slot)];
            return scale * daily + shift;
        }

        public double Predict(long slot) => Math.Max(0, TrendAt(slot) + SeasonalAt(slot));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Model Fit(double[] y, int n, long firstSlot, bool weekly, LocalClock clock)
        {
            var (level, slope) = FitTrend(y, n);
            var model = new Model { Level = level, Slope = slope, _endSlot = firstSlot + n, _clock = clock };
            var detrended = new double[n];
            for (var i = 0; i < n; i++) detrended[i] = y[i] - model.TrendAt(firstSlot + i);
            model._daily = DailyProfile(detrended, firstSlot, clock);
            model._weekdays = weekly ? WeekdayLines(detrended, model._daily, firstSlot, clock) : null;
            return model;
        }
    }

    private static Instant RoundUp(Instant instant, long stepTicks)
    {
        var t = instant.ToUnixTimeTicks();
        var r = ((t % stepTicks) + stepTicks) % stepTicks;
        return r == 0 ? instant : Instant.FromUnixTimeTicks(t - r + stepTicks);
    }

    /// <summary>Level at the start and slope per day, by Theil–Sen over the medians of whole days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Level, double Slope) FitTrend(double[] y, int n)
    {
        var medians = new List<(double T, double M)>();
        var scratch = new double[SlotsPerDay];
        for (var end = n; end > 0; end -= SlotsPerDay)
        {
            var begin = Math.Max(0, end - SlotsPerDay);
            var k = 0;
            for (var i = begin; i < end; i++) if (!double.IsNaN(y[i])) scratch[k++] = y[i];
            if (k * 2 < SlotsPerDay) continue;
            var t = ((begin + end) / 2.0 - n) / SlotsPerDay;
            medians.Add((t, RobustStats.Median(scratch.AsSpan(0, k))));
        }
        if (medians.Count == 0)
        {
            var all = y.Where(v => !double.IsNaN(v)).ToArray();
            return (RobustStats.Median(all), 0);
        }
        var slope = 0.0;
        if (medians.Count >= MinimumTrendDays)
        {
            var slopes = new List<double>();
            for (var a = 0; a < medians.Count; a++)
                for (var b = a + 1; b < medians.Count; b++)
                    slopes.Add((medians[b].M - medians[a].M) / (medians[b].T - medians[a].T));
            slope = RobustStats.Median(slopes.ToArray());
        }
        var intercepts = medians.Select(m => m.M - slope * m.T).ToArray();
        return (RobustStats.Median(intercepts), slope);
    }

    /// <summary>
    /// The median of each slot of the day over all days, then a running median over the slot and its
    /// <see cref="SmoothingHalfWidth"/> neighbours either side: it damps noise and, unlike pooling the neighbours' values,
    /// keeps a step where it is, so a business day that starts at 09:00 is forecast to start at 09:00.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] DailyProfile(double[] detrended, long firstSlot, LocalClock clock)
    {
        var buckets = Bucket(detrended, SlotsPerDay, i => clock.DaySlot(firstSlot + i));
        var profile = new double[SlotsPerDay];
        var scratch = new double[detrended.Length];
        for (var k = 0; k < SlotsPerDay; k++)
        {
            var value = double.NaN;
            for (var width = 0; double.IsNaN(value) && width <= SlotsPerDay / 2; width += SmoothingHalfWidth)
            {
                var m = 0;
                for (var d = -width; d <= width; d++)
                    foreach (var v in buckets[((k + d) % SlotsPerDay + SlotsPerDay) % SlotsPerDay])
                        scratch[m++] = v;
                value = RobustStats.Median(scratch.AsSpan(0, m));
            }
            profile[k] = double.IsNaN(value) ? 0 : value;
        }
        var smoothed = new double[SlotsPerDay];
        var window = new double[2 * SmoothingHalfWidth + 1];
        for (var k = 0; k < SlotsPerDay; k++)
        {
            for (var d = -SmoothingHalfWidth; d <= SmoothingHalfWidth; d++)
                window[d + SmoothingHalfWidth] = profile[((k + d) % SlotsPerDay + SlotsPerDay) % SlotsPerDay];
            smoothed[k] = RobustStats.Median(window);
        }
        return smoothed;
    }

    /// <summary>
    /// For each weekday, the line <c>scale × daily profile + shift</c> that best fits that weekday's detrended values,
    /// by least absolute deviations (iteratively reweighted least squares), so spikes barely pull it. A weekday with less
    /// than half a day of data, or a flat profile, keeps scale 1 and shift 0 (or the median shift).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Scale, double Shift)[] WeekdayLines(double[] detrended, double[] daily, long firstSlot, LocalClock clock)
    {
        var lines = new (double Scale, double Shift)[7];
        var counts = new int[7];
        var weekdays = new int[detrended.Length];
        for (var i = 0; i < detrended.Length; i++)
        {
            weekdays[i] = clock.Weekday(firstSlot + i);
            if (!double.IsNaN(detrended[i])) counts[weekdays[i]]++;
        }
        var xs = new double[7][];
        var ys = new double[7][];
        var filled = new int[7];
        for (var w = 0; w < 7; w++)
        {
            xs[w] = new double[counts[w]];
            ys[w] = new double[counts[w]];
        }
        for (var i = 0; i < detrended.Length; i++)
        {
            if (double.IsNaN(detrended[i])) continue;
            var w = weekdays[i];
            xs[w][filled[w]] = daily[clock.DaySlot(firstSlot + i)];
            ys[w][filled[w]++] = detrended[i];
        }
        for (var weekday = 0; weekday < 7; weekday++)
            lines[weekday] = counts[weekday] < SlotsPerDay / 2 ? (1, 0) : LeastAbsoluteLine(xs[weekday], ys[weekday]);
        return lines;
    }

    private static (double Scale, double Shift) LeastAbsoluteLine(Span<double> x, Span<double> y)
    {
        double scale = 1, shift = 0;
        var n = x.Length;
        double meanX = 0;
        for (var i = 0; i < n; i++) meanX += x[i];
        meanX /= n;
        double spreadX = 0;
        for (var i = 0; i < n; i++) spreadX += Math.Abs(x[i] - meanX);
        if (spreadX / n < FlatProfileSpread)
        {
            var shifts = new double[n];
            for (var i = 0; i < n; i++) shifts[i] = y[i] - x[i];
            return (1, RobustStats.Median(shifts));
        }
        for (var iteration = 0; iteration < LineIterations; iteration++)
        {
            double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
            for (var i = 0; i < n; i++)
            {
                var residual = Math.Abs(y[i] - scale * x[i] - shift);
                var w = iteration == 0 ? 1 : 1 / Math.Max(residual, 1e-6);
                sw += w; swx += w * x[i]; swy += w * y[i]; swxx += w * x[i] * x[i]; swxy += w * x[i] * y[i];
            }
            var det = sw * swxx - swx * swx;
            if (Math.Abs(det) < 1e-12) break;
            scale = (sw * swxy - swx * swy) / det;
            shift = (swy - scale * swx) / sw;
        }
        return (scale, shift);
    }

    /// <summary>Present values grouped by key, without a list per value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArraySegment<double>[] Bucket(double[] values, int keys, Func<int, int> keyOf)
    {
        var counts = new int[keys];
        for (var i = 0; i < values.Length; i++) if (!double.IsNaN(values[i])) counts[keyOf(i)]++;
        var offsets = new int[keys + 1];
        for (var k = 0; k < keys; k++) offsets[k + 1] = offsets[k] + counts[k];
        var flat = new double[offsets[keys]];
        var fill = (int[])offsets.Clone();
        for (var i = 0; i < values.Length; i++) if (!double.IsNaN(values[i])) flat[fill[keyOf(i)]++] = values[i];
        var result = new ArraySegment<double>[keys];
        for (var k = 0; k < keys; k++) result[k] = new ArraySegment<double>(flat, offsets[k], counts[k]);
        return result;
    }
}
