namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Counts new on-demand execution environments (cold starts) from the on-demand concurrency per minute.
/// Keep-alive model: an on-demand environment stays warm for <c>keepAliveMinutes</c> after it was last busy, so the warm
/// pool at minute t is the highest on-demand concurrency of the previous <c>keepAliveMinutes</c> minutes; every
/// environment needed beyond that pool is new. AWS documents only that Lambda keeps an environment "for some time in
/// anticipation of another invocation" and does not publish the time
/// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html). Public measurements found idle
/// environments kept 45–60 minutes in 2017 (https://theburningmonk.com/2017/06/finding-coldstarts-how-long-does-aws-lambda-keep-your-idle-functions-around/)
/// and exactly 10 minutes after the last request from mid-2019 (https://mikhail.io/2019/08/aws-lambda-cold-starts-after-10-minutes/);
/// the default, <see cref="BacktestDefaults.KeepAliveMinutes"/>, takes the more recent and shorter figure.
/// Provisioned environments never cold-start an invocation; their initialization happens when they are allocated.
/// </summary>
public static class ColdStartModel
{
    /// <summary>New on-demand environments in each minute. Unknown minutes (NaN) start none and keep none warm.</summary>
    public static double[] NewEnvironments(double[] onDemandConcurrency, int keepAliveMinutes)
    {
        var needed = onDemandConcurrency.Select(c => double.IsNaN(c) ? 0 : Math.Ceiling(c - 1e-9)).ToArray();
        var fresh = new double[needed.Length];
        for (var t = 0; t < needed.Length; t++)
        {
            var warm = 0d;
            for (var s = Math.Max(0, t - keepAliveMinutes); s < t; s++)
                warm = Math.Max(warm, needed[s]);
            fresh[t] = Math.Max(0, needed[t] - warm);
        }
        return fresh;
    }
}
