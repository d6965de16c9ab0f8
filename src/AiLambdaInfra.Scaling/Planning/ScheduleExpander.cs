using AiLambdaInfra.Scaling.Schedules;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Validation;
using NodaTime;
using NodaTime.Text;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Evaluates Application Auto Scaling schedules into UTC instants, in each action's time zone (NodaTime's tzdb),
/// as AAS does: https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
/// Expands every expression <see cref="ScheduleExpression"/> accepts: <c>at(yyyy-mm-ddThh:mm:ss)</c>,
/// <c>cron(Minutes Hours Day-of-month Month Day-of-week Year)</c> with every field form <see cref="CronField"/> reads
/// (L, W and # included), and <c>rate(n unit)</c>. AWS counts a rate from when the action is created, which no file
/// records: runs are counted from its startTime, else from 1970-01-01T00:00Z (so <c>rate(1 day)</c> runs at midnight
/// UTC), a stand-in for that unknown instant. A local time that does not exist (clocks go forward) runs at the first
/// instant after the gap; one that occurs twice runs at the first occurrence. The planner never writes such times, so
/// its own actions do not depend on this choice.
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
            foreach (var at in Runs(action, zone, from, to))
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
    /// How far back the state at the start of a timeline is read: a month and a day, so a monthly action of the stack's
    /// carries in. One read back further (a quarterly action, a one-off of months ago) does not.
    /// </summary>
    public static readonly Duration Lookback = Duration.FromDays(32);

    /// <summary>
    /// The min and max the stack's own actions (<c>scaling.scheduledActions</c>) hold at <paramref name="at"/>, read back
    /// as <see cref="Timeline"/> reads them; the stack's <c>scaling.min</c>/<c>scaling.max</c> when none has run.
    /// </summary>
    public static CapacityChange OwnStateAt(ScalingSettings scaling, Instant at) =>
        Timeline(scaling.ScheduledActions, scaling.Timezone, at, at + Duration.FromMinutes(1), scaling.Min, scaling.Max)[0];

    /// <summary>
    /// The min and max in force over <c>[from, to)</c>: the state at <paramref name="from"/> (from the last run within
    /// <see cref="Lookback"/> before it, else <paramref name="initialMin"/>/<paramref name="initialMax"/>), then every change.
    /// </summary>
    public static IReadOnlyList<CapacityChange> Timeline(IEnumerable<ScheduledActionSettings> actions, string defaultTimezone,
        Instant from, Instant to, int initialMin, int initialMax)
    {
        var list = actions.ToList();
        var (min, max) = (initialMin, initialMax);
        var firings = Firings(list, defaultTimezone, from - Lookback, to);
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

    private static IEnumerable<Instant> Runs(ScheduledActionSettings action, DateTimeZone zone, Instant from, Instant to)
    {
        var schedule = action.Schedule;
        var s = schedule.Trim();
        if (s.StartsWith("at(", StringComparison.Ordinal) && s.EndsWith(')'))
        {
            var parsed = LocalDateTimePattern.GeneralIso.Parse(s[3..^1]);
            if (!parsed.Success) throw new FormatException($"Schedule '{schedule}' is not at(yyyy-mm-ddThh:mm:ss).");
            var at = parsed.Value.InZoneLeniently(zone).ToInstant();
            if (at >= from && at < to) yield return at;
            yield break;
        }
        if (ScheduleExpression.RatePeriod(s) is { } period)
        {
            var anchor = action.StartTime is { } start ? Instant.FromDateTimeOffset(start) : NodaConstants.UnixEpoch;
            var skipped = from > anchor ? (long)Math.Ceiling((from - anchor).TotalTicks / period.TotalTicks) : 0;
            for (var at = anchor + period * skipped; at < to; at += period)
                yield return at;
            yield break;
        }
        if (!(s.StartsWith("cron(", StringComparison.Ordinal) && s.EndsWith(')')))
            throw new FormatException($"Schedule '{schedule}' cannot be expanded: it is not at(...), rate(...) or cron(...).");
        var fields = s[5..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6) throw new FormatException($"Schedule '{schedule}' needs six cron fields: minutes hours day-of-month month day-of-week year.");
        var minutes = Field(fields[0], 0, 59, null, schedule);
        var hours = Field(fields[1], 0, 23, null, schedule);
        var dayOfMonth = CronField.DayOfMonth(fields[2]) ?? throw Unreadable(fields[2], schedule);
        var months = Field(fields[3], 1, 12, CronField.MonthNames, schedule);
        var dayOfWeek = CronField.DayOfWeek(fields[4]) ?? throw Unreadable(fields[4], schedule);
        var years = fields[5] == "*" ? null : Field(fields[5], CronField.FirstYear, CronField.LastYear, null, schedule);

        var hourList = Enumerable.Range(0, 24).Where(h => hours[h]).ToArray();
        var minuteList = Enumerable.Range(0, 60).Where(m => minutes[m]).ToArray();
        var firstDay = from.InZone(zone).Date.PlusDays(-1);
        var lastDay = to.InZone(zone).Date.PlusDays(1);
        for (var day = firstDay; day <= lastDay; day = day.PlusDays(1))
        {
            if (!months[day.Month] || !dayOfMonth(day) || !dayOfWeek(day)) continue;
            if (years is not null && (day.Year > CronField.LastYear || day.Year < CronField.FirstYear || !years[day.Year])) continue;
            foreach (var h in hourList)
                foreach (var m in minuteList)
                {
                    var at = day.At(new LocalTime(h, m)).InZoneLeniently(zone).ToInstant();
                    if (at >= from && at < to) yield return at;
                }
        }
    }

    private static FormatException Unreadable(string field, string schedule) =>
        new($"Schedule '{schedule}': cannot read the day field '{field}'.");

    /// <summary>Which values a cron field allows, indexed by value.</summary>
    private static bool[] Field(string field, int low, int high, IReadOnlyList<string>? names, string schedule) =>
        CronField.Parse(field, low, high, names)
        ?? throw new FormatException($"Schedule '{schedule}': cannot read cron field '{field}' as values in {low}–{high}.");
}
