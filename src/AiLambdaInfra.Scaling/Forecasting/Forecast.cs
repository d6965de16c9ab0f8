using NodaTime;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// Concurrency forecast on a 5-minute grid from <see cref="Start"/>: slot <c>i</c> covers <c>[Start + i·Step, Start + (i+1)·Step)</c>
/// and forecasts that slot's maximum concurrency. <see cref="Point"/> is the central forecast, <see cref="Upper"/> the
/// <see cref="Quantile"/> upper band.
/// </summary>
public sealed record Forecast(Instant Start, Duration Step, double[] Point, double[] Upper, double Quantile)
{
    /// <summary>Cycles the model used.</summary>
    public Seasonality Seasonality { get; init; }

    /// <summary>
    /// True when two weeks of history (to the start, <see cref="ForecastLimits.EdgeTolerance"/> missing at the oldest edge
    /// allowed, <see cref="ForecastLimits.IdleEdgeTolerance"/> where the history reaches further back) show a clear repeating pattern (the seasonal profile removes at least
    /// <see cref="Forecaster.PatternStrengthThreshold"/> of the spread around the trend): a weekly schedule can repeat it.
    /// </summary>
    public bool HasWeeklyPattern { get; init; }

    /// <summary>Share of the spread of hourly means around the trend the seasonal profile explains (0–1).</summary>
    public double PatternStrength { get; init; }

    /// <summary>Trend of the daily level, in concurrency per day.</summary>
    public double TrendPerDay { get; init; }

    /// <summary>The history the model was fitted on, at 5 minutes, with missing slots as NaN.</summary>
    public History.DemandSeries? Fitted { get; init; }

    /// <summary>
    /// The day-ahead errors the band is calibrated on, each divided by the square root of its forecast, sorted. Any other
    /// quantile's band is read from them (<see cref="WithQuantile"/>).
    /// </summary>
    public double[] CalibrationErrors { get; init; } = [];

    /// <summary>The same forecast with its upper band at <paramref name="quantile"/> (0–1) of the calibration errors.</summary>
    public Forecast WithQuantile(double quantile) =>
        this with { Upper = Forecaster.Band(Point, CalibrationErrors, quantile), Quantile = quantile };

    /// <summary>The instant just after the last slot.</summary>
    public Instant End => Start + Step * Point.Length;

    /// <summary>The first <paramref name="span"/> of the forecast (all of it when shorter).</summary>
    public Forecast Truncate(Duration span)
    {
        var slots = (int)Math.Min(Point.Length, Math.Ceiling(span.TotalTicks / Step.TotalTicks));
        return this with { Point = Point[..slots], Upper = Upper[..slots] };
    }

    /// <summary>Index of the slot that holds <paramref name="instant"/>, possibly outside the forecast.</summary>
    public int SlotOf(Instant instant) => (int)Math.Floor((instant - Start).TotalTicks / Step.TotalTicks);
}
