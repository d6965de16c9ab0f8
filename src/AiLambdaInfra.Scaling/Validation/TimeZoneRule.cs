using NodaTime;
using NodaTime.TimeZones;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Time zones must be canonical IANA location zones (Europe/Paris, America/New_York) or UTC: Application Auto Scaling
/// takes IANA names, and a schedule follows a place's clock, daylight saving time included. The tz database also holds
/// abbreviations (EST, CET), fixed offsets (Etc/GMT+5) and old aliases (US/Eastern); they read, but not as users mean
/// them: EST is UTC-5 all year, so a 9:00 action would run at 10:00 New York time all summer.
/// </summary>
internal static class TimeZoneRule
{
    private static readonly TzdbDateTimeZoneSource Tzdb = TzdbDateTimeZoneSource.Default;

    private static readonly HashSet<string> LocationZones = Tzdb.ZoneLocations!.Select(z => z.ZoneId).ToHashSet(StringComparer.Ordinal);

    /// <summary>What users of the common abbreviations mean: the US and central European zones.</summary>
    private static readonly Dictionary<string, string> MeantBy = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = "America/New_York", ["EST5EDT"] = "America/New_York", ["EDT"] = "America/New_York",
        ["CST6CDT"] = "America/Chicago", ["MST"] = "America/Denver", ["MST7MDT"] = "America/Denver",
        ["PST8PDT"] = "America/Los_Angeles", ["HST"] = "Pacific/Honolulu",
        ["CET"] = "Europe/Berlin", ["MET"] = "Europe/Berlin", ["EET"] = "Europe/Athens", ["WET"] = "Europe/Lisbon",
    };

    public static void Check(string key, string zone, RuleErrors errors)
    {
        if (zone is "UTC" or "Etc/UTC" || LocationZones.Contains(zone)) return;
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            errors.Add(key, $"`{key}` must be an IANA time zone such as UTC, Europe/Paris or America/New_York, got {Printable.Quoted(zone)}.");
            return;
        }
        if (MeantBy.TryGetValue(zone, out var meant) || !zone.Contains('/'))
        {
            errors.Add(key,
                $"`{key}` must be an IANA location zone such as Europe/Paris or America/New_York, or UTC, got {Printable.Quoted(zone)}: that is an abbreviation, not a place, and does not follow a place's daylight saving time. Use {(meant is null ? "the zone of the place whose clock the schedule follows" : meant)}, or UTC.");
            return;
        }
        var canonical = Tzdb.CanonicalIdMap[zone];
        errors.Add(key, LocationZones.Contains(canonical)
            ? $"`{key}` must be a canonical IANA zone name, got {Printable.Quoted(zone)}, an old alias. Use {canonical}."
            : $"`{key}` must be an IANA location zone such as Europe/Paris or America/New_York, or UTC, got {Printable.Quoted(zone)}, a fixed offset that follows no place's daylight saving time. Use the zone of the place whose clock the schedule follows, or UTC.");
    }
}
