using NodaTime;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>Time zones must be IANA names known to the tz database (Application Auto Scaling takes IANA names).</summary>
internal static class TimeZoneRule
{
    public static void Check(string key, string zone, RuleErrors errors)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            errors.Add(key, $"`{key}` must be an IANA time zone such as UTC, Europe/Paris or America/New_York, got \"{zone}\".");
    }
}
