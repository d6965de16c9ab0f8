using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using NodaTime;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>The terminal summary of a plan: what was forecast, what is scheduled, what it should cost.</summary>
internal static class PlanSummaryRenderer
{
    /// <summary>A plan starting more than this before the clock's now (and no --now given) was made from stale history.</summary>
    private static readonly Duration StaleAfter = Duration.FromHours(1);

    /// <param name="handedBack">
    /// How many of last night's actions the plan keeps only to hand the target back (<c>NeutralPlan</c>): tonight's
    /// self-tuning chose tracking alone. Defaults to none.
    /// </param>
    public static void Write(TextWriter o, PlanningResult result, PlanRequest request, PlanCostEstimate? cost, string? costNote, Instant? clockNow, int handedBack = 0)
    {
        var f = result.Forecast;
        var p = result.Plan;
        var history = f.Fitted!;
        if (clockNow is { } now && now - p.Start > StaleAfter)
            o.WriteLine($"Warning: the plan starts where the history ends, {IsoTimestamp.Format(p.Start)}, {(now - p.Start).TotalHours:0} hours before now; actions before now never run. Fetch recent history, or pass --now.");
        o.WriteLine($"History used: {IsoTimestamp.Format(history.Start)} to {IsoTimestamp.Format(history.End)} ({history.Span.TotalDays:0.#} days, {history.PresentCount * 100.0 / Math.Max(1, history.Values.Length):0.#} % of 5-minute slots present).");
        o.WriteLine($"Forecast: {f.Seasonality.ToString().ToLowerInvariant()} seasonality, trend {f.TrendPerDay:+0.##;-0.##;0} per day, pattern strength {f.PatternStrength:0.00}, upper band P{f.Quantile * 100:0}.");
        if (handedBack > 0)
        {
            o.WriteLine($"Plan: none from {IsoTimestamp.Format(p.Start)}: target tracking alone measured better on this history (see the self-tuning below).");
            o.WriteLine($"Semantics: last night's {handedBack} planned action{(handedBack == 1 ? " stays" : "s stay")} on the target; each that runs again is set to the min and max your own actions hold when it runs (`scaling.min`/`scaling.max` when none), which hands the target back to tracking (deleting them would leave it at the last planned min).");
            WriteCost(o, request, cost, costNote);
            return;
        }
        o.WriteLine($"Plan: {p.Mode.ToString().ToLowerInvariant()} from {IsoTimestamp.Format(p.Start)}, {p.Actions.Count} action{(p.Actions.Count == 1 ? "" : "s")} (budget {p.ActionBudget}), time zone {request.Timezone}.");
        o.WriteLine($"Peak: forecast P{f.Quantile * 100:0} {f.Upper.DefaultIfEmpty(0).Max():0.#} concurrent; planned capacity peaks at {p.Peak} (the P{f.Quantile * 100:0} level itself, bounds {request.Min}–{request.Max}, raised {request.LeadMinutes} min ahead).");
        if (p.UnclampedPeak > request.Max)
            o.WriteLine($"Warning: the forecast needs up to {p.UnclampedPeak} but `scaling.max` is {request.Max}; demand above it spills to on-demand (cold starts). Raise `scaling.max` to cover it.");
        o.WriteLine((p.Actions.Count, request) switch
        {
            (0, _) => "Semantics: no planned action; target tracking alone measured better on this history (see the self-tuning below).",
            (_, { TargetTracking: false }) => "Semantics: every action sets min = max = level: the schedule alone (target tracking, if attached, cannot move while min = max).",
            (_, { TrackingScalesIn: true }) => $"Semantics: every action sets min = level and max = {request.Max}; target tracking scales above the plan and back down to it after each fall.",
            _ => $"Semantics: rises set min = level and max = {request.Max}; falls set min = max = level (tracking does not scale in), then max returns to {request.Max} {CapacityPlanner.ReleaseDelay.TotalMinutes:0} min later.",
        });
        WriteCost(o, request, cost, costNote);
    }

    private static void WriteCost(TextWriter o, PlanRequest request, PlanCostEstimate? cost, string? costNote)
    {
        if (cost is not null)
        {
            var pr = cost.Prices;
            o.WriteLine();
            o.WriteLine($"Estimated monthly cost (30 days, {cost.MemoryMb} MB, forecast demand; request charges excluded, the same in all three):");
            o.WriteLine($"  planned schedule              {Money(cost.Planned.Total),12}");
            o.WriteLine($"  max ({request.Max}) provisioned all day {Money(cost.MaxAllDay.Total),9}");
            o.WriteLine($"  no provisioned concurrency    {Money(cost.OnDemandOnly.Total),12}");
            o.WriteLine($"  prices: {pr.Region} {pr.Architecture}, provisioned ${pr.ProvisionedPerGbSecond:0.##########}/GB-s, duration on provisioned ${pr.ProvisionedDurationPerGbSecond:0.##########}/GB-s, on-demand ${pr.OnDemandDurationPerGbSecond:0.##########}/GB-s ({pr.Source}, checked {pr.Checked}).");
            if (pr.Note.Length > 0) o.WriteLine($"  {pr.Note}");
        }
        else if (costNote is not null)
        {
            o.WriteLine();
            o.WriteLine($"Cost estimate skipped: {costNote}");
        }
    }

    public static void WriteActions(TextWriter o, CapacityPlan plan)
    {
        o.WriteLine();
        o.WriteLine($"{"name",-24} {"schedule",-28} {"min",5} {"max",5}");
        foreach (var a in plan.Actions)
            o.WriteLine($"{a.Name,-24} {a.Schedule,-28} {a.Min,5} {a.Max,5}");
    }

    private static string Money(double usd) => $"${usd:#,0.00}";
}
