using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// The min the stack's own scheduled actions (<c>scaling.scheduledActions</c>) hold at each planned minute, so that no
/// planned level goes under it. Application Auto Scaling chains every action on the target, and the last one to run sets
/// min: without this floor, the first planned action after one of yours would take back the min you raised (say, 10 from
/// 07:45 on weekdays) until your next action. With it, your mins hold as written, and the plan adds capacity above them.
/// </summary>
internal static class UserFloor
{
    /// <summary>
    /// The min your actions hold at each of <paramref name="instants"/>: the state your last action before it left, read
    /// with the same expansion as the target's timeline (<see cref="ScheduleExpander.Timeline"/>), else the stack's min.
    /// The instants need not be in order (a weekly plan's minutes repeat an hour where the clocks go forward). Null when
    /// the stack has no action of its own, so callers skip the pass.
    /// </summary>
    public static int[]? At(IReadOnlyList<ScheduledActionSettings> own, string timezone, int stackMin, int stackMax, IReadOnlyList<Instant> instants)
    {
        if (own.Count == 0 || instants.Count == 0) return null;
        var (first, last) = (instants.Min(), instants.Max());
        var timeline = ScheduleExpander.Timeline(own, timezone, first, last + Duration.FromMinutes(1), stackMin, stackMax);
        var starts = timeline.Select(c => c.At).ToArray();
        var floor = new int[instants.Count];
        for (var m = 0; m < instants.Count; m++)
        {
            var i = Array.BinarySearch(starts, instants[m]);
            // The change in force: the last one at or before the instant (the timeline starts at the first instant).
            var index = i >= 0 ? LastAt(starts, i) : Math.Max(0, ~i - 1);
            floor[m] = Math.Min(timeline[index].Min, stackMax);
        }
        return floor;
    }

    // Several changes can share an instant (your actions chained at one minute): the last of them is in force.
    private static int LastAt(Instant[] starts, int i)
    {
        while (i + 1 < starts.Length && starts[i + 1] == starts[i]) i++;
        return i;
    }

    /// <summary>Weeks a weekly plan's floor must hold in: a plan that repeats every week carries only the mins yours hold in each of them.</summary>
    public const int RecurringWeeks = 4;

    /// <summary>
    /// For a plan that repeats every week: at each instant, the lowest min your actions hold at that instant in each of the
    /// next <see cref="RecurringWeeks"/> weeks. A daily or weekly action of yours holds in all of them and is a floor; a
    /// one-off, a window or a monthly action is not copied into every week (it runs on its own).
    /// </summary>
    public static int[]? Recurring(IReadOnlyList<ScheduledActionSettings> own, string timezone, int stackMin, int stackMax, IReadOnlyList<Instant> instants)
    {
        if (own.Count == 0 || instants.Count == 0) return null;
        // The same wall-clock minute of each week in the plan's zone, as a weekly plan's cron actions repeat.
        var zone = ScheduleExpander.Zone(timezone);
        var all = Enumerable.Range(0, RecurringWeeks)
            .SelectMany(k => instants.Select(i => k == 0 ? i : i.InZone(zone).LocalDateTime.PlusWeeks(k).InZoneLeniently(zone).ToInstant()))
            .ToArray();
        var floors = At(own, timezone, stackMin, stackMax, all)!;
        var floor = new int[instants.Count];
        for (var m = 0; m < instants.Count; m++)
        {
            floor[m] = floors[m];
            for (var k = 1; k < RecurringWeeks; k++) floor[m] = Math.Min(floor[m], floors[k * instants.Count + m]);
        }
        return floor;
    }

    /// <summary>Raises each minute's need to the floor your actions hold then.</summary>
    public static void Apply(int[] need, int[]? floor)
    {
        if (floor is null) return;
        for (var m = 0; m < need.Length; m++)
            need[m] = Math.Max(need[m], floor[m]);
    }
}
