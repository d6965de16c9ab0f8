using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// Checks sorted samples against <see cref="HistoryWindow"/> before the reader allocates the grid between the first and
/// the last, so that one stray timestamp is a located error instead of gigabytes of missing samples.
/// </summary>
internal static class HistorySpan
{
    public static void Check(List<HistoryReader.RawPoint> points, HistoryReadOptions options, HistoryReader.ErrorList errors)
    {
        var latest = options.CurrentTime is { } current ? current + HistoryWindow.ClockTolerance : HistoryWindow.Latest;
        foreach (var p in points)
        {
            if (p.Instant < HistoryWindow.Earliest)
                errors.Add(p.Offset, p.Location,
                    $"timestamp {IsoTimestamp.Format(p.Instant)} is before {IsoTimestamp.Format(HistoryWindow.Earliest)}, when CloudWatch began; no metric is that old. Fix or remove the row.");
            else if (p.Instant > latest)
                errors.Add(p.Offset, p.Location, options.CurrentTime is { } now
                    ? $"timestamp {IsoTimestamp.Format(p.Instant)} is in the future (it is now {IsoTimestamp.Format(now)}); CloudWatch cannot have recorded it. Check the row's date and offset, or the clock of the machine that wrote the file."
                    : $"timestamp {IsoTimestamp.Format(p.Instant)} is after {IsoTimestamp.Format(HistoryWindow.Latest)}, the last time a schedule can name. Fix or remove the row.");
        }
        if (errors.Count > 0 || points.Count < 2) return;

        CheckSpan(points, errors);
        if (errors.Count > 0 || options.PlanStart is not { } start) return;

        var first = points[0];
        var last = points[^1];
        if (first.Instant >= start)
            errors.Add(first.Offset, first.Location,
                $"the history starts at {IsoTimestamp.Format(first.Instant)}, not before --now {IsoTimestamp.Format(start)}: a plan is forecast from the history before its start. Pass a later --now, or leave it out to start where the history ends.");
        else if (start - last.Instant > HistoryWindow.MaximumAgeAtPlanStart)
            errors.Add(last.Offset, last.Location,
                $"the history ends at {IsoTimestamp.Format(last.Instant)}, {Days(start - last.Instant)} days before --now {IsoTimestamp.Format(start)}; the planner reads at most the {HistoryWindow.MaximumAgeAtPlanStart.Days} days before --now, so it would see none of it. Pass a --now within {HistoryWindow.MaximumAgeAtPlanStart.Days} days after the history's end, or fetch recent history.");
        else if (options.HistoryDays is { } days && start - last.Instant > Duration.FromDays(days))
            errors.Add(last.Offset, last.Location,
                $"the history ends at {IsoTimestamp.Format(last.Instant)}, {Days(start - last.Instant)} days before --now {IsoTimestamp.Format(start)}; the planner reads only the {days} days before --now (`planner.historyDays`), so it would see none of it. Pass a --now within {days} days after the history's end, raise `planner.historyDays`, or fetch recent history.");
    }

    /// <summary>A span beyond <see cref="HistoryWindow.MaximumSpan"/>: when one gap makes most of it, the stray sample on its lonelier side is named.</summary>
    private static void CheckSpan(List<HistoryReader.RawPoint> points, HistoryReader.ErrorList errors)
    {
        var span = points[^1].Instant - points[0].Instant;
        if (span <= HistoryWindow.MaximumSpan) return;
        var widest = 1;
        for (var i = 2; i < points.Count; i++)
            if (points[i].Ticks - points[i - 1].Ticks > points[widest].Ticks - points[widest - 1].Ticks) widest = i;
        var gap = points[widest].Instant - points[widest - 1].Instant;
        var limit = $"a history spans at most {HistoryWindow.MaximumSpan.Days} days, the longest CloudWatch keeps any datapoint";
        if (gap * 2 < span)
        {
            errors.Add(points[^1].Offset, points[^1].Location,
                $"the history covers {Days(span)} days ({IsoTimestamp.Format(points[0].Instant)} to {IsoTimestamp.Format(points[^1].Instant)}); {limit}. Query a shorter range.");
            return;
        }
        var earlierIsStray = widest <= points.Count - widest;
        var stray = earlierIsStray ? points[widest - 1] : points[widest];
        var neighbour = earlierIsStray ? points[widest] : points[widest - 1];
        errors.Add(stray.Offset, stray.Location,
            $"timestamp {IsoTimestamp.Format(stray.Instant)} is {Days(gap)} days {(earlierIsStray ? "before the next sample" : "after the previous sample")} ({IsoTimestamp.Format(neighbour.Instant)}); {limit}. Fix or remove the stray row.");
    }

    private static string Days(Duration duration) => ((long)Math.Floor(duration.TotalDays)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
