using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Local times a scheduled action must not use because a daylight-saving change makes them skipped or repeated, where
/// AWS does not document which instant runs: every local minute in <c>[T + smaller offset, T + larger offset)</c> around
/// each offset change T of the zone.
/// </summary>
internal sealed class LocalTimeHazards
{
    private readonly HashSet<LocalDateTime> _localMinutes = [];
    private readonly HashSet<int> _weekMinutes = [];

    public LocalTimeHazards(DateTimeZone zone, Instant from, Instant to)
    {
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            if (!interval.HasStart || interval.Start <= from) continue;
            var before = zone.GetZoneInterval(interval.Start - Duration.FromTicks(1)).WallOffset;
            var after = interval.WallOffset;
            if (before == after) continue;
            var low = interval.Start.WithOffset(before < after ? before : after).LocalDateTime;
            var high = interval.Start.WithOffset(before < after ? after : before).LocalDateTime;
            for (var t = low; t < high; t = t.PlusMinutes(1))
            {
                _localMinutes.Add(t);
                _weekMinutes.Add(WeekMinute(t));
            }
        }
    }

    public bool IsEmpty => _localMinutes.Count == 0;

    /// <summary>Whether a one-off action at this local time would be ambiguous.</summary>
    public bool AffectsDate(LocalDateTime local) => _localMinutes.Contains(local);

    /// <summary>Whether a weekly action at this weekday and time of day would hit a change in some week.</summary>
    public bool AffectsWeekly(LocalDateTime local) => _weekMinutes.Contains(WeekMinute(local));

    /// <summary>Minutes since Monday 00:00 of a local time.</summary>
    public static int WeekMinute(LocalDateTime local) =>
        ((int)local.DayOfWeek - 1) * 1440 + local.Hour * 60 + local.Minute;
}
