namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The highest concurrency within a minute whose mean concurrency is known, for the <c>Maximum</c> statistic of
/// <c>ProvisionedConcurrencyUtilization</c>. With independent arrivals the number of executions in flight is Poisson
/// with mean m (the M/G/∞ occupancy), and a minute holds about 60 s ÷ duration independent looks at it; the peak is
/// taken as the Poisson quantile 1 − duration ÷ 60 s, by the normal approximation m + z·√m. The trace has no finer
/// resolution than a minute, so this is a stated model, not a measurement.
/// </summary>
public static class MinutePeak
{
    /// <summary>Estimated peak concurrency within a minute of mean concurrency <paramref name="mean"/>.</summary>
    public static double Estimate(double mean, double meanDurationSeconds)
    {
        if (double.IsNaN(mean) || mean <= 0 || meanDurationSeconds >= 60)
            return mean;
        return mean + StandardNormalQuantile(1 - meanDurationSeconds / 60d) * Math.Sqrt(mean);
    }

    /// <summary>
    /// Inverse of the standard normal distribution function (P. J. Acklam's rational approximation, relative error
    /// below 1.2e-9), for 0 &lt; p &lt; 1.
    /// </summary>
    public static double StandardNormalQuantile(double p)
    {
        if (p <= 0 || p >= 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be strictly between 0 and 1.");
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        var r = p - 0.5;
        var s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }
}
