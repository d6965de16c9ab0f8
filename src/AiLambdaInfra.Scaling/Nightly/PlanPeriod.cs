using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// The span a nightly plan covers: one repeating week (weekly mode, cyclic) or its horizon plus the minute at which a
/// horizon plan hands capacity back to the stack's floor.
/// </summary>
/// <param name="Start">When the plan starts.</param>
/// <param name="Length">How long it covers.</param>
/// <param name="Cyclic">Whether the period repeats (weekly cron actions), so that its last action precedes its first.</param>
/// <param name="Timezone">The zone of actions that name none (<c>scaling.timezone</c>).</param>
public sealed record PlanPeriod(Instant Start, Duration Length, bool Cyclic, string Timezone)
{
    private static readonly Duration Week = Duration.FromDays(7);

    /// <summary>The period of a fresh plan: its week when weekly, its horizon and the minute after it otherwise.</summary>
    public static PlanPeriod Of(CapacityPlan plan, string timezone) => plan.Mode == PlanMode.Weekly
        ? new PlanPeriod(plan.Start, Week, true, timezone)
        : new PlanPeriod(plan.Start, plan.End - plan.Start + Duration.FromMinutes(1), false, timezone);

    /// <summary>Minutes in the period.</summary>
    public long Minutes => (long)Length.TotalMinutes;

    /// <summary>Where each action first runs in the period; nowhere for a <c>rate()</c> action, which has no fixed time.</summary>
    internal PlacedAction[] Place(IEnumerable<ScheduledActionSettings> actions) =>
        actions.Select(action =>
        {
            if (action.Schedule.TrimStart().StartsWith("rate(", StringComparison.Ordinal)) return new PlacedAction(action, null);
            var firings = ScheduleExpander.Firings([action], Timezone, Start, Start + Length);
            return new PlacedAction(action, firings.Count == 0 ? null : (long)(firings[0].At - Start).TotalMinutes);
        }).ToArray();

    /// <summary>Minutes from <paramref name="from"/> to <paramref name="to"/>; around the week's end when cyclic, so within ±half a week.</summary>
    internal long Offset(long from, long to)
    {
        var d = to - from;
        if (!Cyclic) return d;
        var w = Minutes;
        d = ((d % w) + w) % w;
        return d > w / 2 ? d - w : d;
    }
}
