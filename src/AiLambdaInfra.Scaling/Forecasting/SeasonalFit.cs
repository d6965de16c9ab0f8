using System.Runtime.CompilerServices;
using AiLambdaInfra.Scaling.Statistics;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// The robust fits behind <see cref="SeasonalModel"/>: the Theil–Sen trend, the daily profile of running medians and the
/// least-absolute-deviations line of each weekday. Missing slots (NaN) stay out of every median and fit.
/// </summary>
internal static class SeasonalFit
{
    private const int SlotsPerDay = LocalClock.SlotsPerDay;
    private const int SmoothingHalfWidth = 2;

    /// <summary>Reweighting rounds of the least-absolute-deviations fit of each weekday's line.</summary>
    private const int LineIterations = 8;

    /// <summary>Below this mean absolute spread (concurrency) the daily profile is flat and a weekday only shifts it.</summary>
    private const double FlatProfileSpread = 0.05;
    private const int MinimumTrendDays = 3;

    /// <summary>Level at the start and slope per day, by Theil–Sen over the medians of whole days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Level, double Slope) FitTrend(double[] y, int n)
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
    public static double[] DailyProfile(double[] detrended, long firstSlot, LocalClock clock)
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
    public static (double Scale, double Shift)[] WeekdayLines(double[] detrended, double[] daily, long firstSlot, LocalClock clock)
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
