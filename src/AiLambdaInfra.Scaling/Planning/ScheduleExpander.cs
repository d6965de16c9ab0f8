using AiLambdaInfra.Scaling.Schedules;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;
using NodaTime.Text;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Evaluates Application Auto Scaling schedules into UTC instants, in each action's time zone (NodaTime's tzdb),
/// as AAS does: https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
/// Supports <c>at(yyyy-mm-ddThh:mm:ss)</c> and <c>cron(Minutes Hours Day-of-month Month Day-of-week Year)</c> with numbers,
/// lists, ranges, <c>*</c> and <c>?</c> (day-of-week 1–7 = SUN–SAT or names). A local time that does not exist (clocks
/// go forward) runs at the first instant after the gap; one that occurs twice runs at the first occurrence. The planner
/// never writes such times, so its own actions do not depend on this choice.
/// </summary>
public static class ScheduleExpander
{
    /// <summary>Every run of <paramref name="actions"/> in <c>[from, to)</c>, in time order (ties keep the actions' order).</summary>
    public static IReadOnlyList<ScheduledFiring> Firings(IEnumerable<ScheduledActionSettings> actions, string defaultTimezone, Instant from, Instant to)
    {
        var firings = new List<(ScheduledFiring Firing, int Order)>();
        var order = 0;
        foreach (var action in actions)
        {
            var zone = Zone(action.Timezone ?? defaultTimezone);
            foreach (var at in Runs(action.Schedule, zone, from, to))
            {
                if (action.StartTime is { } st && at < Instant.FromDateTimeOffset(st)) continue;
                if (action.EndTime is { } et && at > Instant.FromDateTimeOffset(et)) continue;
                firings.Add((new ScheduledFiring(at, action), order));
            }
            order++;
        }
        return firings.OrderBy(f => f.Firing.At).ThenBy(f => f.Order).Select(f => f.Firing).ToList();
    }

    /// <summary>
    /// The min and max in force over <c>[from, to)</c>: the state at <paramref name="from"/> (from the last run in the week
    /// before it, else <paramref name="initialMin"/>/<paramref name="initialMax"/>), then every change.
    /// </summary>
    public static IReadOnlyList<CapacityChange> Timeline(IEnumerable<ScheduledActionSettings> actions, string defaultTimezone,
        Instant from, Instant to, int initialMin, int initialMax)
    {
        var list = actions.ToList();
        var (min, max) = (initialMin, initialMax);
        var firings = Firings(list, defaultTimezone, from - Duration.FromDays(8), to);
        var timeline = new List<CapacityChange>();
        foreach (var firing in firings)
        {
            var (newMin, newMax) = (firing.Action.Min ?? min, firing.Action.Max ?? max);
            if (firing.At <= from)
            {
                (min, max) = (newMin, newMax);
                continue;
            }
            if (timeline.Count == 0) timeline.Add(new CapacityChange(from, min, max));
            if ((newMin, newMax) != (min, max))
                timeline.Add(new CapacityChange(firing.At, newMin, newMax));
            (min, max) = (newMin, newMax);
        }
        if (timeline.Count == 0) timeline.Add(new CapacityChange(from, min, max));
        return timeline;
    }

    /// <summary>The time zone of an IANA id, or a clear error.</summary>
    public static DateTimeZone Zone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? throw new ArgumentException($"Time zone '{id}' is not an IANA time zone name (such as Europe/Berlin or UTC).", nameof(id));

    private static IEnumerable<Instant> Runs(string schedule, DateTimeZone zone, Instant from, Instant to)
    {
        var s = schedule.Trim();
        if (s.StartsWith("at(", StringComparison.Ordinal) && s.EndsWith(')'))
        {
            var parsed = LocalDateTimePattern.GeneralIso.Parse(s[3..^1]);
            if (!parsed.Success) throw new FormatException($"Schedule '{schedule}' is not at(yyyy-mm-ddThh:mm:ss).");
            var at = parsed.Value.InZoneLeniently(zone).ToInstant();
            if (at >= from && at < to) yield return at;
            yield break;
        }
        if (!(s.StartsWith("cron(", StringComparison.Ordinal) && s.EndsWith(')')))
            throw new FormatException($"Schedule '{schedule}' cannot be expanded: only at(...) and cron(...) are supported.");
        var fields = s[5..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6) throw new FormatException($"Schedule '{schedule}' needs six cron fields: minutes hours day-of-month month day-of-week year.");
        var minutes = Field(fields[0], 0, 59, null, schedule);
        var hours = Field(fields[1], 0, 23, null, schedule);
        var daysOfMonth = Field(fields[2], 1, 31, null, schedule);
        var months = Field(fields[3], 1, 12, CronField.MonthNames, schedule);
        var daysOfWeek = Field(fields[4], 1, 7, CronField.DayNames, schedule);
        var years = fields[5] == "*" ? null : Field(fields[5], 1970, 2199, null, schedule);

        var hourList = Enumerable.Range(0, 24).Where(h => hours[h]).ToArray();
        var minuteList = Enumerable.Range(0, 60).Where(m => minutes[m]).ToArray();
        var firstDay = from.InZone(zone).Date.PlusDays(-1);
        var lastDay = to.InZone(zone).Date.PlusDays(1);
        for (var day = firstDay; day <= lastDay; day = day.PlusDays(1))
        {
            if (!daysOfMonth[day.Day] || !months[day.Month]) continue;
            if (!daysOfWeek[(int)day.DayOfWeek % 7 + 1]) continue; // NodaTime Monday=1…Sunday=7; cron SUN=1…SAT=7
            if (years is not null && (day.Year > 2199 || !years[day.Year])) continue;
            foreach (var h in hourList)
                foreach (var m in minuteList)
                {
                    var at = day.At(new LocalTime(h, m)).InZoneLeniently(zone).ToInstant();
                    if (at >= from && at < to) yield return at;
                }
        }
    }

    /// <summary>Which values a cron field allows, indexed by value.</summary>
    private static bool[] Field(string field, int low, int high, IReadOnlyList<string>? names, string schedule) =>
        CronField.Parse(field, low, high, names)
        ?? throw new FormatException($"Schedule '{schedule}': cannot read cron field '{field}' as values in {low}–{high}.");
}
