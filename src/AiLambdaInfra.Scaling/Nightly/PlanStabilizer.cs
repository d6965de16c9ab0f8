using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Hysteresis between two nights' plans, so that one more day of the same traffic changes few scheduled actions, and
/// the stabilized min is never below tonight's fresh plan at any minute of its period.
/// <list type="number">
/// <item>Weekly after weekly (the steady case): last week's plan is patched where the fresh plan needs more or much
/// less (<see cref="WeeklyPatch"/>); every action keeps its name and most keep everything.</item>
/// <item>Otherwise (a horizon plan, a change of mode, a patch that would cost more than <see cref="MaxExtraCapacity"/>):
/// each fresh action keeps last night's counterpart when its level is at least the fresh level and at most
/// <see cref="LevelBand"/> (or <see cref="LevelBandUnits"/>) above it; when a rise comes no later than the fresh rise
/// and at most <see cref="TimeBandMinutes"/> earlier, a fall no earlier and at most that much later, and the first
/// action of a horizon plan at the same minute (so the kept step covers the fresh one on both sides and stays between
/// its neighbours); and when it sets max the same way in the same zone and window. A fresh action that keeps nothing
/// is raised by <see cref="LevelHeadroom"/>.</item>
/// </list>
/// The result is compared with the fresh min at every change of either over the plan's period; where it is lower
/// (neighbouring moves that cross), the kept action in force there is given up for the fresh one, until nothing is
/// lower. Headroom is what the smoothing costs: the README's "The nightly loop" measures it.
/// </summary>
public static class PlanStabilizer
{
    /// <summary>How far above the fresh level a kept level may be, as a share of the fresh level.</summary>
    public const double LevelBand = 0.15;

    /// <summary>
    /// How far ahead a patched weekly plan lowers steps for cost: the next night's plan comes about 24 hours later (with
    /// two hours for a late run), and a step further ahead costs nothing until then.
    /// </summary>
    public const int LowerWithinMinutes = 26 * 60;

    /// <summary>How far above the fresh level a kept level may always be, in units, for small levels.</summary>
    public const int LevelBandUnits = 1;

    /// <summary>
    /// Share by which a changed level is set above what the fresh plan needs, so that the next nights' rises are already
    /// covered. Measured on the replays (README, "The nightly loop"): 10 % left a re-plan of a weekly plan raising 10–50
    /// steps on most nights as the forecast drifted up; 20 % cuts that to a few for 1–2 % more cost.
    /// </summary>
    public const double LevelHeadroom = 0.20;

    /// <summary>How much earlier a kept rise, or later a kept fall, may be than the fresh one.</summary>
    public const int TimeBandMinutes = 30;

    /// <summary>Minutes by which a moved rise comes before the first minute that needs it (a moved fall after the last), so the next night's jitter fits.</summary>
    public const int TimeHeadroomMinutes = 20;

    /// <summary>
    /// Most extra capacity·time a patched weekly plan may hold over the fresh plan: above it the costliest steps are lowered
    /// in one batch (to <see cref="TargetExtraCapacity"/>), and a patch still above it starts over from the fresh plan.
    /// </summary>
    public const double MaxExtraCapacity = 0.60;

    /// <summary>
    /// What a night that corrects the cost brings the extra capacity·time down to: well below
    /// <see cref="MaxExtraCapacity"/>, so that the next correction is nights away, not tomorrow.
    /// </summary>
    public const double TargetExtraCapacity = 0.40;

    /// <summary>
    /// Tonight's actions after hysteresis against <paramref name="previous"/> (last night's planned actions, as the stack
    /// file holds them), in the fresh plan's order.
    /// </summary>
    /// <param name="previous">Last night's planned actions.</param>
    /// <param name="fresh">Tonight's planned actions, as the planner made them.</param>
    /// <param name="period">The span the fresh plan covers.</param>
    /// <param name="stackMin">The stack's <c>scaling.min</c>: the target's min before any action runs.</param>
    /// <param name="stackMax">The stack's <c>scaling.max</c>: no level goes above it.</param>
    /// <param name="budget">Most actions the plan may hold (the planner's budget).</param>
    /// <param name="floor">
    /// The min the stack's own actions hold at each minute of the period, which the fresh plan already respects: a level at
    /// or under it is the stack's, not a forecast, and gets no headroom. Defaults to none: <paramref name="stackMin"/> only.
    /// </param>
    public static IReadOnlyList<StabilizedAction> Stabilize(IReadOnlyList<ScheduledActionSettings> previous,
        IReadOnlyList<ScheduledActionSettings> fresh, PlanPeriod period, int stackMin, int stackMax, int budget, int[]? floor = null)
    {
        // No fresh action: nothing to stabilize against. The nightly planner hands last night's actions back in place
        // instead (NeutralPlan); here they are returned as they are.
        if (fresh.Count == 0)
            return [.. previous.Select(a => new StabilizedAction(a, KeepsName: true))];

        var placedFresh = period.Place(fresh);
        var order = Enumerable.Range(0, placedFresh.Length).OrderBy(i => placedFresh[i].Minute ?? long.MaxValue).ToArray();
        var f = order.Select(i => placedFresh[i]).ToArray();
        var p = period.Place(previous).Where(a => a.Minute is not null).ToArray();
        var blocked = new bool[f.Length];
        var freshTimeline = Timeline(f.Select(a => a.Action), period, stackMin, stackMax);
        if (period.Cyclic)
        {
            var need = Minutes(freshTimeline, period);
            var patched = WeeklyPatch.TryPatch(previous, need, period, stackMin, stackMax, floor);
            if (patched is not null && patched.Count <= budget
                && FirstShortfall(freshTimeline, Timeline(patched, period, stackMin, stackMax)) is null
                && NearCapacityTime(Minutes(Timeline(patched, period, stackMin, stackMax), period)) <= (1 + MaxExtraCapacity) * NearCapacityTime(need))
                return [.. patched.Select(a => new StabilizedAction(a, KeepsName: true))];
        }

        while (true)
        {
            var chosen = Choose(f, p, blocked, period, stackMin, stackMax, floor);
            var stabilized = chosen.Select(c => c.Action).ToList();
            var violation = FirstShortfall(freshTimeline, Timeline(stabilized, period, stackMin, stackMax));
            if (violation is null)
                return chosen;
            var culprit = KeptInForce(chosen, period, violation.Value);
            if (culprit < 0)
                throw new InvalidOperationException("The stabilized plan is below the fresh plan with nothing kept; this is a bug.");
            blocked[culprit] = true;
        }
    }

    private static List<StabilizedAction> Choose(PlacedAction[] f, PlacedAction[] p, bool[] blocked, PlanPeriod period, int stackMin, int stackMax, int[]? floor)
    {
        var used = new bool[p.Length];
        var result = new List<StabilizedAction>(f.Length);
        long? lastMinute = null;
        for (var i = 0; i < f.Length; i++)
        {
            var current = f[i];
            var match = blocked[i] || current.Minute is null ? -1 : BestMatch(f, i, p, used, lastMinute, period);
            if (match >= 0)
            {
                used[match] = true;
                result.Add(new StabilizedAction(p[match].Action, KeepsName: true));
                lastMinute = p[match].Minute;
            }
            else
            {
                var own = floor is not null && current.Minute is { } minute && minute < floor.Length ? Math.Max(stackMin, floor[minute]) : stackMin;
                result.Add(new StabilizedAction(WithHeadroom(current.Action, own, stackMax), KeepsName: false));
                lastMinute = current.Minute;
            }
        }
        return result;
    }

    private static int BestMatch(PlacedAction[] f, int i, PlacedAction[] p, bool[] used, long? lastMinute, PlanPeriod period)
    {
        var current = f[i];
        var minute = current.Minute!.Value;
        var hasBefore = i > 0 || period.Cyclic;
        var before = hasBefore ? f[(i - 1 + f.Length) % f.Length] : default;
        var after = i + 1 < f.Length || period.Cyclic ? f[(i + 1) % f.Length] : (PlacedAction?)null;
        var rise = hasBefore && current.Level > before.Level;
        var fall = hasBefore && current.Level < before.Level;

        var best = -1;
        (bool Exact, long Distance, int Excess) bestKey = default;
        for (var j = 0; j < p.Length; j++)
        {
            if (used[j] || !SameKind(p[j].Action, current.Action) || !LevelCovers(p[j].Level, current.Level)) continue;
            var m = p[j].Minute!.Value;
            var d = period.Offset(minute, m);
            var timeOk = d == 0
                || (rise && d < 0 && -d <= TimeBandMinutes && (i > 0 ? m > before.Minute : period.Offset(before.Minute!.Value, m) > 0))
                || (fall && d > 0 && d <= TimeBandMinutes && (after is not { } next || period.Offset(m, next.Minute!.Value) > 0));
            if (!timeOk) continue;
            if (lastMinute is { } last && i > 0 && m <= last) continue; // the stabilized actions keep their order
            var key = (Exact: p[j].Action.Schedule == current.Action.Schedule && p[j].Level == current.Level, Distance: Math.Abs(d), Excess: p[j].Level - current.Level);
            if (best < 0 || Better(key, bestKey))
            {
                best = j;
                bestKey = key;
            }
        }
        return best;

        static bool Better((bool Exact, long Distance, int Excess) a, (bool Exact, long Distance, int Excess) b) =>
            a.Exact != b.Exact ? a.Exact : a.Distance != b.Distance ? a.Distance < b.Distance : a.Excess < b.Excess;
    }

    /// <summary>Whether a kept level covers the fresh one without exceeding the band above it.</summary>
    public static bool LevelCovers(int kept, int fresh) =>
        kept >= fresh && kept <= fresh + Math.Max(LevelBandUnits, (int)Math.Ceiling(fresh * LevelBand - 1e-9));

    /// <summary>Both set max the same way (absent, pinned to min, or the same value) in the same zone and window.</summary>
    private static bool SameKind(ScheduledActionSettings kept, ScheduledActionSettings fresh)
    {
        var keptPinned = kept.Min is not null && kept.Max == kept.Min;
        var freshPinned = fresh.Min is not null && fresh.Max == fresh.Min;
        var maxAlike = keptPinned == freshPinned && (freshPinned || kept.Max == fresh.Max) && (kept.Min is null) == (fresh.Min is null);
        return maxAlike && kept.Timezone == fresh.Timezone && kept.StartTime == fresh.StartTime && kept.EndTime == fresh.EndTime;
    }

    /// <summary>
    /// A level raised by <see cref="LevelHeadroom"/>, at most <paramref name="stackMax"/>; a level at or under the stack's
    /// own floor there (<paramref name="floor"/>: <c>scaling.min</c>, or what the stack's own actions hold) is the stack's,
    /// not a forecast's, and is left as it is.
    /// </summary>
    public static int WithHeadroom(int level, int floor, int stackMax) =>
        level <= floor ? level : Math.Min(stackMax, level + (int)Math.Ceiling(level * LevelHeadroom - 1e-9));

    // The hand-back at a horizon's end sets the bounds the stack holds then, not a forecast level: no headroom for it.
    private static ScheduledActionSettings WithHeadroom(ScheduledActionSettings action, int floor, int stackMax)
    {
        if (action.Min is not { } min || action.Name == HorizonFloor.Name) return action;
        var raised = WithHeadroom(min, floor, stackMax);
        if (action.Max is { } max && max == min) return action with { Min = raised, Max = raised };
        return action with { Min = action.Max is { } cap ? Math.Min(raised, Math.Max(cap, min)) : raised };
    }

    private static IReadOnlyList<CapacityChange> Timeline(IEnumerable<ScheduledActionSettings> actions, PlanPeriod period, int stackMin, int stackMax) =>
        ScheduleExpander.Timeline(actions, period.Timezone, period.Start, period.Start + period.Length, stackMin, stackMax);

    /// <summary>The first instant at which the stabilized min is below the fresh min, or null.</summary>
    private static NodaTime.Instant? FirstShortfall(IReadOnlyList<CapacityChange> fresh, IReadOnlyList<CapacityChange> stabilized)
    {
        var instants = fresh.Select(c => c.At).Concat(stabilized.Select(c => c.At)).Distinct().Order();
        foreach (var at in instants)
            if (MinAt(stabilized, at) < MinAt(fresh, at))
                return at;
        return null;
    }

    /// <summary>The min in force in each minute of the period.</summary>
    private static int[] Minutes(IReadOnlyList<CapacityChange> timeline, PlanPeriod period)
    {
        var levels = new int[period.Minutes];
        var c = 0;
        for (var m = 0; m < levels.Length; m++)
        {
            var at = period.Start + NodaTime.Duration.FromMinutes(m);
            while (c + 1 < timeline.Count && timeline[c + 1].At <= at) c++;
            levels[m] = timeline[c].Min;
        }
        return levels;
    }

    /// <summary>Capacity·minutes over what runs before the next night's plan.</summary>
    private static long NearCapacityTime(int[] levels) => levels.Take(LowerWithinMinutes).Sum(l => (long)l);

    private static int MinAt(IReadOnlyList<CapacityChange> timeline, NodaTime.Instant at)
    {
        var current = timeline[0];
        foreach (var change in timeline)
        {
            if (change.At > at) break;
            current = change;
        }
        return current.Min;
    }

    /// <summary>
    /// The index of the action in force at <paramref name="at"/> when it is a kept one; otherwise of the kept action
    /// nearest to it (a kept step that moved across its neighbour); -1 when nothing is kept.
    /// </summary>
    private static int KeptInForce(List<StabilizedAction> chosen, PlanPeriod period, NodaTime.Instant at)
    {
        var minute = (long)(at - period.Start).TotalMinutes;
        var minutes = period.Place(chosen.Select(c => c.Action));
        var inForce = -1;
        var nearest = -1;
        var nearestDistance = long.MaxValue;
        for (var i = 0; i < chosen.Count; i++)
        {
            if (minutes[i].Minute is not { } m) continue;
            if (m <= minute && (inForce < 0 || m >= minutes[inForce].Minute)) inForce = i;
            var distance = Math.Abs(period.Offset(minute, m));
            if (chosen[i].KeepsName && distance < nearestDistance)
            {
                nearest = i;
                nearestDistance = distance;
            }
        }
        if (inForce < 0 && period.Cyclic) // before the week's first action, its last one is in force
            for (var i = 0; i < chosen.Count; i++)
                if (minutes[i].Minute is { } m && (inForce < 0 || m >= minutes[inForce].Minute)) inForce = i;
        return inForce >= 0 && chosen[inForce].KeepsName ? inForce : nearest;
    }
}
