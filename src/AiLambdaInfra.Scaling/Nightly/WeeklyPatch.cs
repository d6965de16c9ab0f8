using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// Last week's plan, patched where tonight's fresh plan needs more or much less, so that a weekly plan changes by a
/// few actions a night instead of being made anew. Each of last night's steps (an action and the minutes until the
/// next one) is checked against the fresh minimum over its minutes:
/// <list type="bullet">
/// <item>covered: left as it is, however far above its need;</item>
/// <item>short only at its end, where the next step's level covers the need: the next action moves earlier, to
/// <see cref="PlanStabilizer.TimeHeadroomMinutes"/> before the first short minute; short only at its start, where the
/// step before covers it: this action moves later, that much after the last short minute;</item>
/// <item>otherwise short: its level becomes the need plus <see cref="PlanStabilizer.LevelHeadroom"/>.</item>
/// </list>
/// Steps are lowered for cost alone, in one batch: when those that run before the next night's plan
/// (<see cref="PlanStabilizer.LowerWithinMinutes"/>) hold more than <see cref="PlanStabilizer.MaxExtraCapacity"/>
/// capacity·time above the need there, the costliest of them are lowered to their need plus headroom. A step's
/// excess costs the same whether it is one step far above its need or many a little above, so a bound on the day's
/// excess lowers the fewest steps for what it saves; a step further ahead stays until a later night, as lowering it
/// saves nothing before it runs and the forecast for it will have moved again by then. Moves never cross a neighbour, and no action lands on a local time a daylight-saving change skips or repeats. The
/// action count and every name stay; the stabilizer checks the result against the fresh plan minute by minute.
/// Applies only when last night's plan is a weekly plan whose actions each set min with max = the stack's max (target
/// tracking that scales in, the default), or each set min = max (tracking off); otherwise it returns null.
/// </summary>
internal static class WeeklyPatch
{
    private const int MaxRounds = 20;

    /// <summary>Last night's weekly plan patched to cover <paramref name="need"/>, or null where the patch does not apply.</summary>
    /// <param name="previous">Last night's planned actions.</param>
    /// <param name="need">Tonight's fresh plan's min at each minute of the period.</param>
    /// <param name="period">The week planned.</param>
    /// <param name="stackMin">The stack's <c>scaling.min</c>.</param>
    /// <param name="stackMax">The stack's <c>scaling.max</c>.</param>
    /// <param name="floor">The min the stack's own actions hold at each minute (levels at or under it get no headroom), or null.</param>
    public static List<ScheduledActionSettings>? TryPatch(IReadOnlyList<ScheduledActionSettings> previous, int[] need, PlanPeriod period, int stackMin, int stackMax, int[]? floor = null)
    {
        if (!period.Cyclic || previous.Count < 2) return null;
        if (previous.Any(a => a.Min is null || a.StartTime is not null || a.EndTime is not null || !a.Schedule.StartsWith("cron(", StringComparison.Ordinal)))
            return null;
        // Every action leaves max to the stack (tracking scales above and back down), or every one pins max to min
        // (tracking off): a step's level is then its min, or its min and max.
        var pinned = previous.All(a => a.Max == a.Min);
        if (!pinned && previous.Any(a => a.Max != stackMax)) return null;
        var placed = period.Place(previous);
        if (placed.Any(p => p.Minute is null) || previous.Any(a => ScheduleExpander.Firings([a], period.Timezone, period.Start, period.Start + period.Length).Count != 1))
            return null;

        var sorted = placed.OrderBy(p => p.Minute).ToArray();
        var minutes = sorted.Select(p => p.Minute!.Value).ToArray();
        if (minutes.Distinct().Count() != minutes.Length) return null; // two actions in one minute: AWS's order between them is unknown
        var levels = sorted.Select(p => p.Level).ToArray();
        var original = ((long[])minutes.Clone(), (int[])levels.Clone());
        var zone = ScheduleExpander.Zone(period.Timezone);
        var hazards = new LocalTimeHazards(zone, period.Start - Duration.FromDays(7), period.Start + Duration.FromDays(366));
        var n = minutes.Length;
        var w = period.Minutes;

        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            for (var k = 0; k < n; k++)
            {
                var next = (k + 1) % n;
                var span = Span(minutes[k], minutes[next], w);
                var most = 0;
                long firstShort = -1, lastShort = -1;
                for (var t = 0L; t < span; t++)
                {
                    var demand = need[(minutes[k] + t) % w];
                    most = Math.Max(most, demand);
                    if (demand <= levels[k]) continue;
                    if (firstShort < 0) firstShort = t;
                    lastShort = t;
                }
                if (firstShort < 0) continue; // covered: a step above its need is lowered for cost only, below

                var tailMost = MostOver(need, minutes[k] + firstShort, span - firstShort, w);
                if (firstShort > 0 && levels[next] >= tailMost && AllCovered(need, minutes[k], firstShort, levels[k], w))
                {
                    var to = Math.Max(1, firstShort - PlanStabilizer.TimeHeadroomMinutes);
                    if (TryMove(minutes, next, (minutes[k] + to) % w, -1, k, hazards, period, zone))
                    {
                        changed = true;
                        continue;
                    }
                }
                var previousIndex = (k - 1 + n) % n;
                var headMost = MostOver(need, minutes[k], lastShort + 1, w);
                if (lastShort < span - 1 && levels[previousIndex] >= headMost && AllCovered(need, minutes[k] + lastShort + 1, span - lastShort - 1, levels[k], w))
                {
                    var to = Math.Min(span - 1, lastShort + 1 + PlanStabilizer.TimeHeadroomMinutes);
                    if (TryMove(minutes, k, (minutes[k] + to) % w, +1, next, hazards, period, zone))
                    {
                        changed = true;
                        continue;
                    }
                }
                levels[k] = PlanStabilizer.WithHeadroom(most, Own(floor, minutes[k], span, w, stackMin), stackMax);
                changed = true;
            }
            if (!changed) break;
        }
        LowerWhereCostly(minutes, levels, need, w, stackMin, stackMax, floor);
        var result = new List<ScheduledActionSettings>(n);
        for (var k = 0; k < n; k++)
        {
            var action = sorted[k].Action;
            if (minutes[k] != original.Item1[k]) action = action with { Schedule = WeeklyCron(period.Start + Duration.FromMinutes(minutes[k]), zone) };
            if (levels[k] != original.Item2[k]) action = pinned ? action with { Min = levels[k], Max = levels[k] } : action with { Min = levels[k] };
            result.Add(action);
        }
        return result;
    }

    /// <summary>
    /// When the steps that run before the next night hold more than <see cref="PlanStabilizer.MaxExtraCapacity"/>
    /// capacity·time above the need there, lowers those with the most excess to their need plus headroom, until at most
    /// <see cref="PlanStabilizer.TargetExtraCapacity"/> is left: the cost is corrected in one batch, not a few actions
    /// every night.
    /// </summary>
    private static void LowerWhereCostly(long[] minutes, int[] levels, int[] need, long w, int stackMin, int stackMax, int[]? floor)
    {
        var n = minutes.Length;
        var near = Math.Min(w, PlanStabilizer.LowerWithinMinutes);
        var needTime = need.Take((int)near).Sum(v => (long)v);
        var overlap = new long[n];
        var most = new int[n];
        var own = new int[n];
        long held = 0;
        for (var k = 0; k < n; k++)
        {
            var span = Span(minutes[k], minutes[(k + 1) % n], w);
            most[k] = MostOver(need, minutes[k], span, w);
            own[k] = Own(floor, minutes[k], span, w, stackMin);
            for (var t = 0L; t < span; t++)
                if ((minutes[k] + t) % w < near) overlap[k]++;
            held += levels[k] * overlap[k];
        }
        if (held <= (1 + PlanStabilizer.MaxExtraCapacity) * needTime) return;
        var order = Enumerable.Range(0, n)
            .Select(k => (K: k, Gain: (levels[k] - PlanStabilizer.WithHeadroom(most[k], own[k], stackMax)) * overlap[k]))
            .Where(x => x.Gain > 0)
            .OrderByDescending(x => x.Gain).ThenBy(x => x.K);
        foreach (var (k, gain) in order)
        {
            if (held <= (1 + PlanStabilizer.TargetExtraCapacity) * needTime) break;
            levels[k] = PlanStabilizer.WithHeadroom(most[k], own[k], stackMax);
            held -= gain;
        }
    }

    // The most the stack's own actions hold over a step: a step whose need is no more than that is the stack's floor.
    private static int Own(int[]? floor, long from, long span, long w, int stackMin) =>
        floor is null ? stackMin : Math.Max(stackMin, MostOver(floor, from, span, w));

    private static long Span(long from, long to, long w) => ((to - from) % w + w) % w is var d && d == 0 ? w : d;

    private static int MostOver(int[] need, long from, long count, long w)
    {
        var most = 0;
        for (var t = 0L; t < count; t++) most = Math.Max(most, need[(from + t) % w]);
        return most;
    }

    private static bool AllCovered(int[] need, long from, long count, int level, long w) => MostOver(need, from, count, w) <= level;

    /// <summary>Moves action <paramref name="k"/> to <paramref name="to"/>, stepping in <paramref name="direction"/> off local times a clock change makes unsafe, without reaching <paramref name="limit"/>.</summary>
    private static bool TryMove(long[] minutes, int k, long to, int direction, int limit, LocalTimeHazards hazards, PlanPeriod period, DateTimeZone zone)
    {
        var w = period.Minutes;
        var candidate = to;
        for (var step = 0; step < 120; step++)
        {
            if (candidate == minutes[limit]) return false;
            var local = (period.Start + Duration.FromMinutes(candidate)).InZone(zone).LocalDateTime;
            if (hazards.IsEmpty || !hazards.AffectsWeekly(local))
            {
                if (candidate == minutes[k]) return false;
                minutes[k] = candidate;
                return true;
            }
            candidate = ((candidate + direction) % w + w) % w;
        }
        return false;
    }

    private static readonly string[] CronDays = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

    /// <summary><c>cron(m h ? * DAY *)</c> at the local weekday and time of <paramref name="at"/>.</summary>
    private static string WeeklyCron(Instant at, DateTimeZone zone)
    {
        var local = at.InZone(zone).LocalDateTime;
        return $"cron({local.Minute} {local.Hour} ? * {CronDays[(int)local.DayOfWeek - 1]} *)";
    }
}
