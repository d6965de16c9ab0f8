using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// Plays the replayed minutes through the <see cref="AutoScalingEmulator"/> for one candidate, with its scheduled
/// actions set the way <see cref="CapacityPlanner"/> writes them and the stack's own actions running beside them (chained
/// first, as on the target), and returns the capacity serving each minute. Every candidate starts where the target would
/// be: within the min and max the stack's own actions left before the first replayed minute.
/// </summary>
internal sealed class Replayer(Instant start, double[] demand, double[] peaks, ScalingSettings scaling, int allocationMinutes)
{
    // The min and max your actions hold at the first replayed minute, carried in from the days before it (a min you raised
    // last week still holds), with the same expansion as the target's timeline.
    private readonly CapacityChange _atStart = ScheduleExpander.OwnStateAt(scaling, start);

    // That state at the first minute, then each run of your actions inside the replayed days as written: an action that
    // sets only max leaves the planned min in force, and a run that repeats your last one still takes back a planned min,
    // as on the target (the timeline, which holds whole states and drops repeats, would do neither).
    private readonly IReadOnlyList<ScheduledChange> _own = ScheduleExpander
        .Firings(scaling.ScheduledActions, scaling.Timezone, start + Duration.Epsilon, start + Duration.FromMinutes(demand.Length))
        .Select(firing => new ScheduledChange(firing.At, firing.Action.Min, firing.Action.Max))
        .ToList();

    /// <summary>Tracking alone between the stack's min and max, starting sized for the first known minute.</summary>
    public int[] TrackingOnly(string statistic, double target) =>
        Run(scaling.Min, scaling.Max, SizedForFirst(target), [], Tracking(statistic, target));

    /// <summary>min = level at each change, max = the stack's max; tracking above. Without scale-in a fall sets max too, and gives it back after <see cref="CapacityPlanner.ReleaseDelay"/>.</summary>
    public int[] Floor(int[] levels, string statistic, double target)
    {
        var changes = new List<ScheduledChange>();
        var release = (int)CapacityPlanner.ReleaseDelay.TotalMinutes;
        for (var m = 0; m < levels.Length; m++)
        {
            if (m > 0 && levels[m] == levels[m - 1]) continue;
            var fall = m > 0 && levels[m] < levels[m - 1];
            if (fall && scaling.DisableScaleIn)
            {
                changes.Add(new ScheduledChange(At(m), levels[m], levels[m]));
                changes.Add(new ScheduledChange(At(m + release), null, scaling.Max));
            }
            else
                changes.Add(new ScheduledChange(At(m), levels[m], scaling.Max));
        }
        // Never less than tracking alone would start with (as the backtest starts the product), so a floor is not judged
        // on a handicap tracking alone does not carry.
        return Run(scaling.Min, scaling.Max, Math.Max(levels[0], SizedForFirst(target)), changes, Tracking(statistic, target));
    }

    /// <summary>
    /// min = max = level at each change: the schedule alone. The stack's tracking, where attached, stays attached: it
    /// cannot move while min = max, but can where the stack's own actions open the range.
    /// </summary>
    public int[] Hold(int[] levels)
    {
        var changes = new List<ScheduledChange>();
        for (var m = 0; m < levels.Length; m++)
            if (m == 0 || levels[m] != levels[m - 1])
                changes.Add(new ScheduledChange(At(m), levels[m], levels[m]));
        var tracking = scaling.Autoscaling && scaling.TargetTracking ? scaling : null;
        return Run(levels[0], levels[0], levels[0], changes, tracking);
    }

    private ScalingSettings Tracking(string statistic, double target) =>
        scaling with { TargetTracking = true, Statistic = statistic, TargetUtilization = target };

    // Tracking's size for the first known minute: where it would have left the target by then.
    private int SizedForFirst(double target)
    {
        var first = demand.FirstOrDefault(v => !double.IsNaN(v));
        return Math.Clamp((int)Math.Ceiling(first / target - 1e-9), scaling.Min, scaling.Max);
    }

    private Instant At(int minute) => start + Duration.FromMinutes(minute);

    // The stack's own actions come first, so at the same minute the planned one runs after them, as chained on the target
    // (the emulator keeps the order of actions due at the same instant). Capacity serving at the first minute is at least
    // the min your actions hold then: the target was held there before the replay began.
    private int[] Run(int min, int max, int initial, IReadOnlyList<ScheduledChange> changes, ScalingSettings? tracking)
    {
        ScheduledChange[] schedule = [new ScheduledChange(start, _atStart.Min, _atStart.Max), .. _own, .. changes];
        var input = new EmulatorInput(start, demand, peaks, min, max, Math.Max(initial, _atStart.Min), schedule, tracking, allocationMinutes);
        return AutoScalingEmulator.Run(input).Serving;
    }
}
