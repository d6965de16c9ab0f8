using System.Runtime.CompilerServices;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// Trend, daily profile and weekly adjustment fitted on one stretch of history (the model <see cref="Forecaster"/>
/// describes; the fitting itself is in <see cref="SeasonalFit"/>).
/// </summary>
internal sealed class SeasonalModel
{
    private const int SlotsPerDay = LocalClock.SlotsPerDay;

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
    public static SeasonalModel Fit(double[] y, int n, long firstSlot, bool weekly, LocalClock clock)
    {
        var (level, slope) = SeasonalFit.FitTrend(y, n);
        var model = new SeasonalModel { Level = level, Slope = slope, _endSlot = firstSlot + n, _clock = clock };
        var detrended = new double[n];
        for (var i = 0; i < n; i++) detrended[i] = y[i] - model.TrendAt(firstSlot + i);
        model._daily = SeasonalFit.DailyProfile(detrended, firstSlot, clock);
        model._weekdays = weekly ? SeasonalFit.WeekdayLines(detrended, model._daily, firstSlot, clock) : null;
        return model;
    }
}
