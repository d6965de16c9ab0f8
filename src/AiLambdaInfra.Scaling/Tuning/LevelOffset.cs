using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.Statistics;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// A level offset above the forecast's quantile: the same number of units at every slot, a share of the forecast's own
/// residual spread. The quantile band grows with the square root of the level, so it is narrow in the troughs; an
/// offset covers a burst of the same size at any hour.
/// </summary>
public static class LevelOffset
{
    /// <summary>
    /// The residual spread an offset is a share of: the width of the P90 band at the forecast's median level, in
    /// concurrency (the day-ahead errors are scaled by the square root of the forecast).
    /// </summary>
    public static double Spread(double[] point, double[] sortedErrors)
    {
        if (point.Length == 0 || sortedErrors.Length == 0) return 0;
        var median = RobustStats.Median(point.ToArray());
        return Math.Max(0, RobustStats.SortedQuantile(sortedErrors, 0.9)) * Math.Sqrt(Math.Max(median, 1));
    }

    /// <summary>The upper band at <paramref name="quantile"/> raised by <paramref name="share"/> × <see cref="Spread"/>.</summary>
    public static double[] Band(double[] point, double[] sortedErrors, double quantile, double share)
    {
        var upper = Forecaster.Band(point, sortedErrors, quantile);
        if (share <= 0) return upper;
        var offset = share * Spread(point, sortedErrors);
        for (var j = 0; j < upper.Length; j++) upper[j] += offset;
        return upper;
    }

    /// <summary>The forecast with its band at the candidate's quantile and offset.</summary>
    public static Forecast Apply(Forecast forecast, TuningCandidate candidate) =>
        forecast with { Upper = Band(forecast.Point, forecast.CalibrationErrors, candidate.Quantile, candidate.OffsetShare), Quantile = candidate.Quantile };
}
