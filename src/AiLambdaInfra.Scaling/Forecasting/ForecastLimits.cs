using NodaTime;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>The fixed rules of the forecaster, in one place (the user-tunable ones live in <see cref="Settings.Defaults"/>).</summary>
public static class ForecastLimits
{
    /// <summary>Forecasts and plans are made on a 5-minute grid, CloudWatch's standard resolution.</summary>
    public static readonly Duration Resolution = Duration.FromMinutes(5);

    /// <summary>Less than one day of history cannot show a daily cycle.</summary>
    public static readonly Duration MinimumHistory = Duration.FromHours(24);

    /// <summary>Weekly seasonality is only estimated from at least two weeks, so that each weekday is seen twice.</summary>
    public static readonly Duration WeeklyMinimumHistory = Duration.FromDays(14);

    /// <summary>
    /// How much of the oldest edge of a two-week window may be missing and the window still count as two weeks: a nightly
    /// fetch of exactly 14 days loses its first minutes to idle minutes (Lambda emits no datapoint) and rounding.
    /// </summary>
    public static readonly Duration EdgeTolerance = Duration.FromHours(1);

    /// <summary>
    /// How much of the oldest edge may be missing when the history reaches further back than the window: a function idle
    /// through the night has no datapoint for hours (Lambda emits none for idle minutes), and the nightly fetch's 15th
    /// day shows the history is longer than two weeks, not shorter. Up to a day, so each weekday's slots keep at least
    /// one of their two weeks.
    /// </summary>
    public static readonly Duration IdleEdgeTolerance = Duration.FromDays(1);

    /// <summary>Longest forecast horizon: one week.</summary>
    public static readonly Duration MaximumHorizon = Duration.FromDays(7);

    /// <summary>Sample periods CloudWatch offers for Lambda metrics that the reader accepts: 1 and 5 minutes.</summary>
    public static readonly IReadOnlyList<Duration> AcceptedSteps = [Duration.FromMinutes(1), Duration.FromMinutes(5)];

    /// <summary>
    /// A 1-minute file holding this many 5-minute gaps in a row is a 5-minute stretch (mixed periods), not missing minutes.
    /// One hour of them cannot come from chance gaps in 1-minute data.
    /// </summary>
    public const int MixedResolutionRun = 12;
}
