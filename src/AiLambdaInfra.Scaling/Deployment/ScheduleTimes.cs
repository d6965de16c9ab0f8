using System.Globalization;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Start and end times, and the time zone, of scheduled actions as the provider takes them.</summary>
public static class ScheduleTimes
{
    /// <summary>RFC 3339 in UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>), independent of the action's time zone; null stays null.</summary>
    public static string? Rfc3339Utc(DateTimeOffset? moment) =>
        moment?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The zone the action's schedule is read in: its own <c>timezone</c>, else <c>scaling.timezone</c>.</summary>
    public static string Timezone(ScheduledActionSettings action, ScalingSettings scaling) => action.Timezone ?? scaling.Timezone;
}
