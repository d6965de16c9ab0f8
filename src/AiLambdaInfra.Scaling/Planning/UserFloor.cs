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

    /// <summary>As <see cref="At(IReadOnlyList{ScheduledActionSettings}, string, int, int, IReadOnlyList{Instant})"/>, for each of <paramref name="minutes"/> minutes from <paramref name="start"/>.</summary>
    public static int[]? At(IReadOnlyList<ScheduledActionSettings> own, string timezone, int stackMin, int stackMax, Instant start, int minutes) =>
        own.Count == 0 ? null : At(own, timezone, stackMin, stackMax, Enumerable.Range(0, minutes).Select(m => start + Duration.FromMinutes(m)).ToArray());

    // Several changes can share an instant (your actions chained at one minute): the last of them is in force.
    private static int LastAt(Instant[] starts, int i)
    {
        while (i + 1 < starts.Length && starts[i + 1] == starts[i]) i++;
        return i;
    }

    /// <summary>Raises each minute's need to the floor your actions hold then; <paramref name="need"/>'s first minute is the floor's minute <paramref name="offset"/>.</summary>
    public static void Apply(int[] need, int[]? floor, int offset = 0)
    {
        if (floor is null) return;
        for (var m = 0; m < need.Length; m++)
            need[m] = Math.Max(need[m], floor[offset + m]);
    }
}
