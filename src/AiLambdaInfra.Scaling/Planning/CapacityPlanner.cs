using System.Globalization;
using System.Runtime.CompilerServices;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Turns a forecast into scheduled actions on a minute grid.
/// <list type="number">
/// <item>Required capacity per 5-minute slot: ⌈upper⌉ (the forecast at the quantile the self-tuning chose), clamped to
/// the stack's [min, max]. It is not divided by tracking's target: the quantile is the plan's margin, and tracking keeps its own.</item>
/// <item>Need per minute: the most any slot between that minute and <see cref="PlanRequest.LeadMinutes"/> later requires,
/// so each rise is in place buffer + allocation minutes early, and each fall happens only once the lower slot has begun;
/// never under the min the stack's own actions hold at that minute (<see cref="UserFloor"/>).</item>
/// <item>The staircase of needs is cut to the action budget by <see cref="SegmentCompressor"/>, which only ever raises
/// levels: the plan never falls below the need.</item>
/// <item>No action is put on a local time a daylight-saving change skips or repeats: the level is held flat across such
/// minutes at their highest value, so the change moves to an unambiguous minute (rises earlier, falls later).</item>
/// <item>Application Auto Scaling semantics (a scheduled action sets the target's min and max; capacity below the new
/// min is raised to it, capacity above the new max is lowered to it, and nothing else changes:
/// https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html).
/// Lowering min alone does not lower capacity, so who brings capacity down after a fall decides max:
/// <list type="bullet">
/// <item>Target tracking on and allowed to scale in (the default): every action sets min = level and max = the stack's
/// max. Tracking keeps its room above the plan at all times, and after a fall its own scale-in (when utilization stays
/// under the target) brings capacity down to the new min. Forcing max down at the fall instead would cut the capacity
/// tracking had added for a burst that is still going on: in the backtest on the bursty NAB AAPL trace that raised
/// spillover from 9.7 % to 13.2 % at the same cost, and on the steady AMZN trace it changed neither spillover nor cost
/// while spending a third of the action budget on the extra actions.</item>
/// <item>Target tracking on but not scaling in: a fall sets min = max = level, which brings capacity down at once, and
/// <see cref="ReleaseDelay"/> later a second action gives max back to tracking; rises set min = level, max = stack max.</item>
/// <item>Target tracking off: every action sets min = max = level.</item>
/// </list>
/// In horizon mode the first action is treated as a fall, because the state before it is unknown.</item>
/// </list>
/// Weekly mode plans one local week starting at the plan start (the grid follows the zone's wall clock, as AAS cron
/// does) and writes <c>cron(m h ? * DAY *)</c>; horizon mode plans the horizon in UTC and writes <c>at(...)</c> in the zone.
/// </summary>
public static class CapacityPlanner
{
    /// <summary>
    /// How long after lowering max (to bring capacity down when tracking does not scale in) the plan gives max back to
    /// target tracking: long enough for the scale-in the lowered max triggers to be under way before max rises again.
    /// </summary>
    public static readonly Duration ReleaseDelay = Duration.FromMinutes(5);

    private const int MinutesPerWeek = 7 * 24 * 60;
    private const string NamePrefix = "planned-";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CapacityPlan Plan(Forecast forecast, PlanRequest request)
    {
        Validate(request);
        var zone = ScheduleExpander.Zone(request.Timezone);
        var start = RoundUpToMinute(request.Start ?? forecast.Start);
        var mode = request.Mode switch
        {
            PlanMode.Auto => forecast.HasWeeklyPattern ? PlanMode.Weekly : PlanMode.Horizon,
            var m => m,
        };
        var budget = Math.Min(request.MaxActions, AwsLimits.MaxScheduledActionsPerTarget - request.UserActionsOnTarget);
        if (budget < 1)
            throw new ArgumentException(
                $"No scheduled action is left for the plan: the stack has {request.UserActionsOnTarget} of its own and AWS allows {AwsLimits.MaxScheduledActionsPerTarget} per target.");
        var weekly = mode == PlanMode.Weekly;
        var planMinutes = weekly ? MinutesPerWeek : (int)Math.Ceiling(request.Horizon.TotalMinutes);
        if (forecast.Start > start || forecast.End < start + (weekly ? Duration.FromDays(7) : request.Horizon))
            throw new ArgumentException(
                $"The forecast ({forecast.Start}–{forecast.End}) must cover the plan ({start} plus {(weekly ? "7 days" : $"{request.Horizon.TotalHours} hours")}).");

        var required = Required(forecast, request);
        var localStart = start.InZone(zone).LocalDateTime;
        var hazards = new LocalTimeHazards(zone, start - Duration.FromDays(7), weekly ? start + Duration.FromDays(366) : start + request.Horizon);
        var minuteInstants = new Instant[planMinutes];
        for (var m = 0; m < planMinutes; m++)
            minuteInstants[m] = weekly && !hazards.IsEmpty
                ? localStart.PlusMinutes(m).InZoneLeniently(zone).ToInstant()
                : start + Duration.FromMinutes(m); // without offset changes the local week is the UTC week

        var need = Need(required, forecast, minuteInstants, start, request.LeadMinutes, weekly);
        UserFloor.Apply(need, UserFloor.At(request.UserActions, request.Timezone, request.Min, request.Max, minuteInstants));
        var forbidden = new bool[planMinutes];
        if (!hazards.IsEmpty)
            for (var m = 1; m < planMinutes; m++)
                forbidden[m] = weekly ? hazards.AffectsWeekly(localStart.PlusMinutes(m)) : hazards.AffectsDate(minuteInstants[m].InZone(zone).LocalDateTime);

        var rotation = weekly ? Rotation(need, forbidden) : 0;
        var rotatedNeed = Rotate(need, rotation);
        var rotatedForbidden = Rotate(forbidden, rotation);
        var tracking = request.TargetTracking;
        var releases = tracking && !request.TrackingScalesIn;

        int[] planned = [];
        List<Segment> segments = [];
        for (var target = budget; target >= 1; target--)
        {
            var compressed = SegmentCompressor.Compress(Runs(rotatedNeed), target, releases, weekly);
            planned = HoldAcrossHazards(Expand(compressed, planMinutes), rotatedForbidden);
            segments = Runs(planned);
            if (SegmentCompressor.ActionCount(segments, releases, weekly) <= budget) break;
        }
        // A budget of one action cannot hold a fall and its release: the one level is then set as a rise (max = the
        // stack's), which never lowers capacity below it, rather than a second action past the budget.
        if (SegmentCompressor.ActionCount(segments, releases, weekly) > budget) releases = false;

        var actions = Actions(segments, rotation, planMinutes, weekly, tracking, releases, request, zone, localStart, minuteInstants, rotatedForbidden);
        var end = start + request.Horizon;
        var timeline = TargetTimeline(request, actions, start, end);
        var first = forecast.SlotOf(start);
        var last = Math.Min(required.Values.Length, forecast.SlotOf(end - Duration.FromTicks(1)) + 1);
        return new CapacityPlan
        {
            Mode = mode,
            Start = start,
            End = end,
            Actions = actions,
            Timeline = timeline,
            Required = required,
            ActionBudget = budget,
            Peak = required.Values[first..last].DefaultIfEmpty(request.Min).Max(),
            UnclampedPeak = required.Unclamped[first..last].DefaultIfEmpty(request.Min).Max(),
        };
    }

    /// <summary>
    /// A plan that writes no action (target tracking alone does better, as the self-tuning measured): the timeline is
    /// what the stack's own actions do.
    /// </summary>
    public static CapacityPlan NoActions(Forecast forecast, PlanRequest request)
    {
        Validate(request);
        var start = RoundUpToMinute(request.Start ?? forecast.Start);
        var end = start + request.Horizon;
        var required = Required(forecast, request);
        var first = Math.Max(0, forecast.SlotOf(start));
        var last = Math.Min(required.Values.Length, forecast.SlotOf(end - Duration.FromTicks(1)) + 1);
        return new CapacityPlan
        {
            Mode = request.Mode == PlanMode.Auto ? (forecast.HasWeeklyPattern ? PlanMode.Weekly : PlanMode.Horizon) : request.Mode,
            Start = start,
            End = end,
            Actions = [],
            Timeline = TargetTimeline(request, [], start, end),
            Required = required,
            ActionBudget = Math.Max(0, Math.Min(request.MaxActions, AwsLimits.MaxScheduledActionsPerTarget - request.UserActionsOnTarget)),
            Peak = required.Values[first..last].DefaultIfEmpty(request.Min).Max(),
            UnclampedPeak = required.Unclamped[first..last].DefaultIfEmpty(request.Min).Max(),
        };
    }

    /// <summary>
    /// What the scalable target does: the stack's own actions and the planned ones, chained in that order (yours first,
    /// then the planner's), merged as Application Auto Scaling applies them. <c>--json</c>'s timeline, the charts and the
    /// backtest all read this one merge.
    /// </summary>
    public static IReadOnlyList<CapacityChange> TargetTimeline(PlanRequest request, IReadOnlyList<ScheduledActionSettings> planned, Instant from, Instant to) =>
        ScheduleExpander.Timeline([.. request.UserActions, .. planned], request.Timezone, from, to, request.Min, request.Max);

    /// <summary>⌈upper ÷ target⌉ per slot, clamped to [min, max]; a hair of tolerance keeps 7.0000000001 at 7.</summary>
    public static RequiredCapacity Required(Forecast forecast, PlanRequest request)
    {
        var values = new int[forecast.Upper.Length];
        var unclamped = new int[forecast.Upper.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var need = (int)Math.Min(int.MaxValue / 2, Math.Ceiling(forecast.Upper[i] / request.TargetUtilization - 1e-9));
            unclamped[i] = Math.Max(need, request.Min);
            values[i] = Math.Clamp(need, request.Min, request.Max);
        }
        return new RequiredCapacity(forecast.Start, forecast.Step, values, unclamped);
    }

    private static void Validate(PlanRequest r)
    {
        var errors = new List<string>();
        if (r.Min < 0) errors.Add($"`scaling.min` must be at least 0, got {r.Min}.");
        if (r.Max < Math.Max(1, r.Min)) errors.Add($"`scaling.max` must be at least `scaling.min` and 1, got {r.Max}.");
        if (r.TargetUtilization is <= 0 or > 1) errors.Add($"`scaling.targetUtilization` must be more than 0 and at most 1, got {r.TargetUtilization.ToString(CultureInfo.InvariantCulture)}.");
        if (r.BufferMinutes < 0) errors.Add($"`planner.bufferMinutes` must be at least 0, got {r.BufferMinutes}.");
        if (r.AllocationMinutes < 0) errors.Add($"`planner.allocationMinutes` must be at least 0, got {r.AllocationMinutes}.");
        if (r.MaxActions < 1) errors.Add($"`planner.maxActions` must be at least 1, got {r.MaxActions}.");
        if (r.Horizon <= Duration.Zero || r.Horizon > ForecastLimits.MaximumHorizon) errors.Add($"`planner.horizonHours` must be 1–168, got {r.Horizon.TotalHours}.");
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors));
    }

    private static Instant RoundUpToMinute(Instant instant)
    {
        var t = instant.ToUnixTimeTicks();
        var r = ((t % NodaConstants.TicksPerMinute) + NodaConstants.TicksPerMinute) % NodaConstants.TicksPerMinute;
        return r == 0 ? instant : Instant.FromUnixTimeTicks(t - r + NodaConstants.TicksPerMinute);
    }

    /// <summary>The highest requirement of any slot from each minute to the lead time after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Need(RequiredCapacity required, Forecast forecast, Instant[] minuteInstants, Instant start, int leadMinutes, bool weekly)
    {
        var lead = Duration.FromMinutes(leadMinutes);
        var weekSlots = (int)(Duration.FromDays(7).TotalTicks / forecast.Step.TotalTicks);
        var startSlot = forecast.SlotOf(start);
        var values = required.Values;
        var need = new int[minuteInstants.Length];
        for (var m = 0; m < need.Length; m++)
        {
            var from = forecast.SlotOf(minuteInstants[m]);
            var to = forecast.SlotOf(minuteInstants[m] + lead);
            var most = 0;
            for (var k = from; k <= to; k++)
            {
                // A repeating week wraps around to its own start; a horizon ends with its last slot.
                var index = weekly ? startSlot + (((k - startSlot) % weekSlots) + weekSlots) % weekSlots : k;
                most = Math.Max(most, values[Math.Clamp(index, 0, values.Length - 1)]);
            }
            need[m] = most;
        }
        return need;
    }

    /// <summary>Where a repeating week is cut open: the start of the first lowest run on a minute an action may use.</summary>
    private static int Rotation(int[] need, bool[] forbidden)
    {
        var lowest = need.Min();
        var fallback = -1;
        for (var m = 0; m < need.Length; m++)
        {
            var prev = need[(m - 1 + need.Length) % need.Length];
            if (need[m] == prev || forbidden[m]) continue;
            if (need[m] == lowest) return m;
            if (fallback < 0) fallback = m;
        }
        return fallback < 0 ? 0 : fallback;
    }

    private static T[] Rotate<T>(T[] values, int by) => by == 0 ? values : [.. values[by..], .. values[..by]];

    internal static List<Segment> Runs(int[] levels)
    {
        var runs = new List<Segment>();
        var begin = 0;
        for (var m = 1; m <= levels.Length; m++)
        {
            if (m < levels.Length && levels[m] == levels[begin]) continue;
            runs.Add(new Segment(begin, m - begin, levels[begin]));
            begin = m;
        }
        return runs;
    }

    internal static int[] Expand(List<Segment> segments, int minutes)
    {
        var levels = new int[minutes];
        foreach (var s in segments) Array.Fill(levels, s.Level, s.Start, s.Length);
        return levels;
    }

    /// <summary>Holds the level flat from the minute before each run of forbidden minutes to its end, at the run's highest level.</summary>
    private static int[] HoldAcrossHazards(int[] levels, bool[] forbidden)
    {
        for (var a = 1; a < levels.Length; a++)
        {
            if (!forbidden[a]) continue;
            var b = a;
            while (b < levels.Length && forbidden[b]) b++;
            var most = 0;
            for (var m = a - 1; m < b; m++) most = Math.Max(most, levels[m]);
            for (var m = a - 1; m < b; m++) levels[m] = most;
            a = b;
        }
        return levels;
    }

    private static List<ScheduledActionSettings> Actions(List<Segment> segments, int rotation, int planMinutes, bool weekly, bool tracking, bool releases,
        PlanRequest request, DateTimeZone zone, LocalDateTime localStart, Instant[] minuteInstants, bool[] rotatedForbidden)
    {
        var timed = new List<(int Minute, int Min, int Max)>();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var previous = i > 0 ? segments[i - 1] : segments[^1];
            var isFall = weekly ? segments.Count > 1 && s.Level < previous.Level : i == 0 || s.Level < previous.Level;
            if (!tracking)
            {
                timed.Add((s.Start, s.Level, s.Level));
                continue;
            }
            if (!isFall || !releases)
            {
                timed.Add((s.Start, s.Level, request.Max));
                continue;
            }
            timed.Add((s.Start, s.Level, s.Level));
            var release = s.Start + (int)ReleaseDelay.TotalMinutes;
            while (release < s.Start + s.Length && rotatedForbidden[release]) release++;
            if (release < s.Start + s.Length && s.Level < request.Max)
                timed.Add((release, s.Level, request.Max));
        }

        var actions = new List<(int Minute, ScheduledActionSettings Action)>();
        foreach (var (rotatedMinute, min, max) in timed)
        {
            var minute = (rotatedMinute + rotation) % planMinutes;
            var local = weekly ? localStart.PlusMinutes(minute) : minuteInstants[minute].InZone(zone).LocalDateTime;
            var (name, schedule) = weekly ? Weekly(local) : OneOff(local);
            actions.Add((minute, new ScheduledActionSettings { Name = name, Schedule = schedule, Timezone = request.Timezone, Min = min, Max = max }));
        }
        return actions.OrderBy(a => a.Minute).Select(a => a.Action).ToList();
    }

    private static readonly string[] CronDays = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

    private static (string Name, string Schedule) Weekly(LocalDateTime local)
    {
        var day = CronDays[(int)local.DayOfWeek - 1];
        return ($"{NamePrefix}{day.ToLowerInvariant()}-{local.Hour:00}{local.Minute:00}",
            $"cron({local.Minute} {local.Hour} ? * {day} *)");
    }

    private static (string Name, string Schedule) OneOff(LocalDateTime local) =>
        ($"{NamePrefix}{local.Year:0000}{local.Month:00}{local.Day:00}-{local.Hour:00}{local.Minute:00}",
            $"at({local.Year:0000}-{local.Month:00}-{local.Day:00}T{local.Hour:00}:{local.Minute:00}:00)");
}
