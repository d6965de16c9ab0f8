using System.Globalization;
using System.Text;
using AiLambdaInfra.Scaling.History;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// The nightly pull request's description: what <c>pulumi up</c> will do to the scheduled actions (the same line
/// <c>ailambda plan</c> prints), which actions change and how (times and levels), the estimated monthly cost before and
/// after, and the last week replayed under the old and the new plan. GitHub cuts a description at 65,536 characters,
/// so at most <see cref="MaxRows"/> changed actions are listed.
/// </summary>
public static class NightlyReportMarkdown
{
    /// <summary>Most changed actions listed one by one; the rest are counted.</summary>
    public const int MaxRows = 60;

    public static string Render(NightlyReport report, string? chartLink)
    {
        var b = new StringBuilder();
        var d = report.Diff;
        b.AppendLine($"**`pulumi up` will do to the scheduled actions:** {d.Summary}.");
        b.AppendLine();
        if (report.TrackingChanges.Count > 0)
        {
            b.AppendLine($"**Tracking changes** (the planner's `plannedStatistic`, or your keys as `--apply-recommendations` or a hand edit wrote them): {string.Join("; ", report.TrackingChanges)}. " +
                         "`pulumi up` updates the target-tracking policy in place (creates it when `scaling.targetTracking` turns true, deletes it when false); " +
                         "the last week below is replayed with each side's own tracking.");
            b.AppendLine();
        }
        if (report.HandedBack)
        {
            b.AppendLine("Tonight's self-tuning chose **target tracking alone**. The planned actions that run again are set to the min and max " +
                         "your own actions hold when each runs (`scaling.min`/`scaling.max` when none), which hands the target back to tracking; " +
                         "deleting them instead would leave it at the last planned min.");
            b.AppendLine();
        }
        b.AppendLine("### What changes");
        b.AppendLine();
        var changes = d.Updates.Concat(d.Creates).Concat(d.Deletes).ToList();
        if (changes.Count == 0)
            b.AppendLine("No scheduled action changes.");
        else
        {
            b.AppendLine("| action | | schedule | min | max |");
            b.AppendLine("|---|---|---|---:|---:|");
            foreach (var change in changes.Take(MaxRows))
            {
                var kind = change.Before is null ? "create" : change.After is null ? "delete" : "update";
                b.AppendLine($"| `{change.Name}` | {kind} | {Compare(change.Before?.Schedule, change.After?.Schedule, s => $"`{s}`")} " +
                             $"| {Compare(change.Before?.Min, change.After?.Min, v => $"{v}")} | {Compare(change.Before?.Max, change.After?.Max, v => $"{v}")} |");
            }
            if (changes.Count > MaxRows) b.AppendLine($"| … and {changes.Count - MaxRows} more | | | | |");
            b.AppendLine();
            b.AppendLine($"Times are in `{report.Timezone}` unless an action names its own zone.");
        }
        b.AppendLine();

        b.AppendLine("### Estimated monthly cost (30 days of the forecast demand)");
        b.AppendLine();
        if (report.CostBefore is { } before && report.CostAfter is { } after)
        {
            b.AppendLine("| | plan deployed now | this plan |");
            b.AppendLine("|---|---:|---:|");
            b.AppendLine($"| provisioned concurrency | {Money(before.Planned.Provisioned)} | {Money(after.Planned.Provisioned)} |");
            b.AppendLine($"| duration (provisioned and on demand) | {Money(before.Planned.Total - before.Planned.Provisioned)} | {Money(after.Planned.Total - after.Planned.Provisioned)} |");
            b.AppendLine($"| **total** | **{Money(before.Planned.Total)}** | **{Money(after.Planned.Total)}** |");
        }
        else
            b.AppendLine("Not estimated: the stack's region has no prices in the catalog.");
        b.AppendLine();

        var w = report.LastWeek;
        var played = w.Played.Concurrency;
        b.AppendLine($"### The last week replayed ({IsoTimestamp.Format(played.Start)} to {IsoTimestamp.Format(played.At(played.Minutes))})");
        b.AppendLine();
        b.AppendLine("The function's own history, minute by minute, through the Application Auto Scaling emulator with the stack's target tracking.");
        b.AppendLine();
        b.AppendLine("| plan | spill % | cold starts | unit-hours | provisioned $ | total $ |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in new[] { w.Old, w.New })
            b.AppendLine($"| {s.Policy} | {Num(s.SpilloverPercent, "0.000")} | {Num(s.ColdStarts, "0")} | {Num(s.ProvisionedUnitHours, "0")} | {Num(s.Cost.Provisioned, "0.00")} | {Num(s.Cost.Total, "0.00")} |");
        if (chartLink is not null)
        {
            b.AppendLine();
            b.AppendLine($"Chart of the replayed week: {chartLink}");
        }
        return b.ToString();
    }

    private static string Compare<T>(T? before, T? after, Func<T, string> format) =>
        (before, after) switch
        {
            (null, null) => "–",
            (null, { } a) => format(a),
            ({ } o, null) => $"~~{format(o)}~~",
            ({ } o, { } a) when EqualityComparer<T>.Default.Equals(o, a) => format(a),
            ({ } o, { } a) => $"{format(o)} → **{format(a)}**",
        };

    private static string Money(double value) => "$" + value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
