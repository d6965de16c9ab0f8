using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Forecasting;

/// <summary>Series with a known answer, on a 5-minute grid.</summary>
internal static class SyntheticSeries
{
    public static readonly Instant Monday = Instant.FromUtc(2026, 11, 2, 0, 0);

    /// <summary>
    /// A pure weekly pattern: 20 concurrent at night; on weekdays a smooth business-day bump to 50 between 08:00 and 18:00
    /// UTC, on Saturday and Sunday a bump to 30.
    /// </summary>
    public static double Weekly(Instant t) => WeeklyBumps(t, weekdayBump: 30, weekendBump: 10);

    /// <summary>20 concurrent at night; a smooth bump between 08:00 and 18:00 UTC, of one height on weekdays and another at weekends.</summary>
    public static double WeeklyBumps(Instant t, double weekdayBump, double weekendBump)
    {
        var utc = t.InUtc();
        var hour = utc.TimeOfDay.NanosecondOfDay / (double)NodaConstants.NanosecondsPerHour;
        var weekend = utc.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        var bump = hour is > 8 and < 18 ? Math.Pow(Math.Sin(Math.PI * (hour - 8) / 10), 2) : 0;
        return 20 + (weekend ? weekendBump : weekdayBump) * bump;
    }

    /// <summary>Samples of <paramref name="f"/> every <paramref name="stepMinutes"/> minutes from <paramref name="start"/>.</summary>
    public static DemandSeries Sample(Func<Instant, double> f, Instant start, Duration span, int stepMinutes = 5)
    {
        var step = Duration.FromMinutes(stepMinutes);
        var n = (int)(span.TotalMinutes / stepMinutes);
        return new DemandSeries(start, step, Enumerable.Range(0, n).Select(i => f(start + step * i)).ToArray());
    }
}
