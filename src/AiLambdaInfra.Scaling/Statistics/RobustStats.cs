namespace AiLambdaInfra.Scaling.Statistics;

/// <summary>Order statistics on scratch buffers (the span is reordered), shared by the forecaster, the backtest and the bench.</summary>
public static class RobustStats
{
    /// <summary>Median of the values, NaN when empty.</summary>
    public static double Median(Span<double> values) => Quantile(values, 0.5);

    /// <summary>Quantile with linear interpolation between order statistics (Hyndman–Fan type 7), NaN when empty.</summary>
    public static double Quantile(Span<double> values, double q)
    {
        if (values.Length == 0) return double.NaN;
        values.Sort();
        var h = (values.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, values.Length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    /// <summary>Quantile (type 7, as <see cref="Quantile"/>) of values already sorted ascending, without copying; NaN when empty.</summary>
    public static double SortedQuantile(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * Math.Clamp(q, 0, 1);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
