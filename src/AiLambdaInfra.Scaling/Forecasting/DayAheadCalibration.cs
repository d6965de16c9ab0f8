using System.Runtime.CompilerServices;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// The errors the upper band is calibrated on (<see cref="Forecaster.Band"/>): out of sample, from day-ahead refits
/// scored on the day they did not see; in sample only when the history is too short for a refit.
/// </summary>
internal static class DayAheadCalibration
{
    private const int SlotsPerDay = LocalClock.SlotsPerDay;

    /// <summary>Day-ahead refits used to calibrate the band: one week of days the model had not seen.</summary>
    public const int CalibrationDays = 7;

    /// <summary>Fewest slots a refit is fitted on, and fewest errors a replayed day's band is calibrated on: two days.</summary>
    public const int MinimumCalibrationSlots = SlotsPerDay * 2;

    /// <summary>One refit: the slot it was cut at, its forecast of the day after, and its scaled errors there (unsorted).</summary>
    public sealed record DayAhead(int Cut, double[] Point, double[] Errors);

    /// <summary>
    /// For k = 1, 2, … up to <paramref name="count"/>: the model refitted without the last k days, its forecast of the
    /// day after the cut, and its errors there, each divided by the square root of the forecast (count-like noise grows
    /// with the level). The refit uses the same kind of model (daily or weekly) as the forecast it calibrates.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<DayAhead> Fits(double[] y, int n, long firstSlot, bool weekly, LocalClock clock, int count)
    {
        var fits = new List<DayAhead>();
        for (var k = 1; k <= count; k++)
        {
            var cut = n - k * SlotsPerDay;
            if (cut < MinimumCalibrationSlots) break;
            var sub = SeasonalModel.Fit(y[..cut], cut, firstSlot, weekly, clock);
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
    public static double[] Errors(List<DayAhead> fits, int skip, int take)
    {
        var errors = fits.Skip(skip).Take(take).SelectMany(f => f.Errors).ToArray();
        Array.Sort(errors);
        return errors;
    }

    /// <summary>In-sample errors, sorted: only when the history is too short for a day-ahead refit.</summary>
    public static double[] InSampleErrors(double[] y, int n, long firstSlot, SeasonalModel model)
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
}
