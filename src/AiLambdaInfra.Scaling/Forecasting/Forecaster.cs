using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// Forecasts a function's concurrency from its own history. The model, fitted on the newest
/// <see cref="ForecastOptions.HistoryDays"/> days at 5 minutes (each slot the maximum of its minutes):
/// <list type="number">
/// <item>Trend: the median of each day (the 288 slots before the start, then the 288 before those, …; days less than
/// half observed are left out), through a Theil–Sen line (the median of the pairwise slopes), which a few odd days cannot
/// tilt. With fewer than three days the trend is flat.</item>
/// <item>Daily profile: for each 5-minute slot of the UTC day, the median of the detrended values of that slot and the two
/// slots either side on every day. Medians ignore spikes that fill less than half of a slot's window and ignore gaps.</item>
/// <item>Weekly adjustment, only with two weeks or more: for each weekday × hour, the median of what the daily profile
/// leaves (at least 24 values a cell).</item>
/// <item>Upper band: the chosen quantile of the in-sample residuals, each divided by the square root of the fitted value
/// (count-like noise grows with the level), scaled back by the square root of the forecast.</item>
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
    private const int MinimumCellValues = 12;
    private const int MinimumTrendDays = 3;

    public static Forecast Forecast(DemandSeries history, ForecastOptions options)
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

        // Trend through the medians of whole days counted back from the start.
        var (level, slope) = FitTrend(y, n);
        double TrendAt(long slot) => level + slope * (slot - startSlot + 0.5) / SlotsPerDay;

        var detrended = new double[n];
        for (var i = 0; i < n; i++) detrended[i] = y[i] - TrendAt(firstSlot + i);

        var daily = DailyProfile(detrended, firstSlot);
        var weekly = covered >= ForecastLimits.WeeklyMinimumHistory;
        var adjustment = weekly ? WeeklyAdjustment(detrended, daily, firstSlot) : null;
        double Seasonal(long slot) => daily[(int)(slot % SlotsPerDay)] + (adjustment?[WeekCell(slot)] ?? 0);

        // Fit quality and residual band.
        var residuals = new double[n];
        var spread = new double[n];
        var count = 0;
        double seasonalError = 0;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(y[i])) continue;
            var slot = firstSlot + i;
            var fitted = Math.Max(0, TrendAt(slot) + Seasonal(slot));
            residuals[count] = (y[i] - fitted) / Math.Sqrt(Math.Max(fitted, 1));
            spread[count] = detrended[i];
            seasonalError += Math.Abs(detrended[i] - Seasonal(slot));
            count++;
        }
        var centre = RobustStats.Median(spread.AsSpan(0, count));
        double baselineError = 0;
        for (var i = 0; i < count; i++) baselineError += Math.Abs(spread[i] - centre);
        var strength = baselineError > 0 ? Math.Clamp(1 - seasonalError / baselineError, 0, 1) : 0;
        var bandScale = Math.Max(0, RobustStats.Quantile(residuals.AsSpan(0, count), options.Quantile));

        var slots = (int)Math.Ceiling(options.Horizon.TotalTicks / stepTicks);
        var point = new double[slots];
        var upper = new double[slots];
        for (var j = 0; j < slots; j++)
        {
            var slot = startSlot + j;
            var p = Math.Max(0, TrendAt(slot) + Seasonal(slot));
            point[j] = p;
            upper[j] = p + bandScale * Math.Sqrt(Math.Max(p, 1));
        }
        return new Forecast(start, step, point, upper, options.Quantile)
        {
            Seasonality = weekly ? Seasonality.Weekly : Seasonality.Daily,
            HasWeeklyPattern = weekly && strength >= PatternStrengthThreshold,
            PatternStrength = strength,
            TrendPerDay = slope,
            Fitted = used,
        };
    }

    private static Instant RoundUp(Instant instant, long stepTicks)
    {
        var t = instant.ToUnixTimeTicks();
        var r = ((t % stepTicks) + stepTicks) % stepTicks;
        return r == 0 ? instant : Instant.FromUnixTimeTicks(t - r + stepTicks);
    }

    /// <summary>Level at the start and slope per day, by Theil–Sen over the medians of whole days.</summary>
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

    /// <summary>Median of each slot of the day and its neighbours over all days.</summary>
    private static double[] DailyProfile(double[] detrended, long firstSlot)
    {
        var buckets = Bucket(detrended, SlotsPerDay, i => (int)((firstSlot + i) % SlotsPerDay));
        var profile = new double[SlotsPerDay];
        var scratch = new double[detrended.Length];
        for (var k = 0; k < SlotsPerDay; k++)
        {
            var value = double.NaN;
            for (var width = SmoothingHalfWidth; double.IsNaN(value) && width <= SlotsPerDay / 2; width += SmoothingHalfWidth)
            {
                var m = 0;
                for (var d = -width; d <= width; d++)
                    foreach (var v in buckets[((k + d) % SlotsPerDay + SlotsPerDay) % SlotsPerDay])
                        scratch[m++] = v;
                value = RobustStats.Median(scratch.AsSpan(0, m));
            }
            profile[k] = double.IsNaN(value) ? 0 : value;
        }
        return profile;
    }

    /// <summary>Median of what the daily profile leaves, per weekday × hour (Monday 00:00 UTC first).</summary>
    private static double[] WeeklyAdjustment(double[] detrended, double[] daily, long firstSlot)
    {
        var left = new double[detrended.Length];
        for (var i = 0; i < left.Length; i++)
            left[i] = detrended[i] - daily[(int)((firstSlot + i) % SlotsPerDay)];
        var buckets = Bucket(left, 7 * 24, i => WeekCell(firstSlot + i));
        var adjustment = new double[7 * 24];
        for (var c = 0; c < adjustment.Length; c++)
            adjustment[c] = buckets[c].Count >= MinimumCellValues ? RobustStats.Median(buckets[c].ToArray()) : 0;
        return adjustment;
    }

    /// <summary>Weekday × hour cell of an absolute 5-minute slot; 1970-01-01 was a Thursday (Monday-based index 3).</summary>
    private static int WeekCell(long slot)
    {
        var day = slot / SlotsPerDay;
        var weekday = (int)((day + 3) % 7);
        return weekday * 24 + (int)(slot % SlotsPerDay) / SlotsPerHour;
    }

    /// <summary>Present values grouped by key, without a list per value.</summary>
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
