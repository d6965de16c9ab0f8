using System.Globalization;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Start and end times of scheduled actions as the provider takes them.</summary>
public static class ScheduleTimes
{
    /// <summary>RFC 3339 in UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>), independent of the action's time zone; null stays null.</summary>
    public static string? Rfc3339Utc(DateTimeOffset? moment) =>
        moment?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
