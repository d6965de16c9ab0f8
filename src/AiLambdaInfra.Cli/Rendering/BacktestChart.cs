using AiLambdaInfra.Scaling.Simulation;
using NodaTime;
using ScottPlot;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>
/// The backtest as one PNG: on top, demand against each policy's serving capacity over one week of the played period;
/// below, every policy's spill against its cost (× the lower bound), with the frontier of the policies a deployment can run.
/// </summary>
public static class BacktestChart
{
    public const int Width = 1400, Height = 1100;

    /// <summary>Cost ratios beyond this are drawn at this edge of the trade-off chart, their label giving the real figure.</summary>
    public const double CostRatioAxisLimit = 3;

    /// <summary>Saves the chart to <paramref name="path"/>; the week shown starts at <paramref name="weekStart"/> (clipped to the played period).</summary>
    public static void Save(BacktestReport report, Instant weekStart, string path)
    {
        var figure = new Multiplot(Week(report, weekStart));
        figure.AddPlot(TradeOff(report));
        figure.SavePng(path, Width, Height);
    }

    private static Plot Week(BacktestReport report, Instant weekStart)
    {
        var played = report.Result.Played.Concurrency;
        var from = Math.Clamp(played.IndexOf(weekStart), 0, Math.Max(0, played.Minutes - 1));
        var count = Math.Min(7 * 24 * 60, played.Minutes - from);
        var times = Enumerable.Range(from, count).Select(t => played.At(t).ToDateTimeUtc()).ToArray();
        var palette = new ScottPlot.Palettes.Category10();

        var plot = new Plot();
        plot.Title($"Demand and provisioned concurrency from {played.At(from).InUtc():yyyy-MM-dd HH:mm} UTC, {count / 1440d:0.#} days");
        plot.YLabel("concurrent executions");
        for (var i = 0; i < report.Result.Timelines.Count; i++)
        {
            var timeline = report.Result.Timelines[i];
            var line = plot.Add.Scatter(times, timeline.Serving[from..(from + count)].Select(v => (double)v).ToArray());
            line.LegendText = timeline.Policy;
            line.MarkerSize = 0;
            line.LineWidth = 1;
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.Color = palette.GetColor(i);
        }
        var demandValues = played.Values[from..(from + count)];
        var demand = plot.Add.Scatter(times, demandValues);
        demand.LegendText = "demand (mean per minute)";
        demand.MarkerSize = 0;
        demand.LineWidth = 1.5f;
        demand.Color = Colors.Black;
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperRight);
        // Scaled to demand, so that a policy far above it (static at peak) does not flatten everything else.
        var top = demandValues.Where(v => !double.IsNaN(v)).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimitsY(0, top * 1.6);
        return plot;
    }

    private static Plot TradeOff(BacktestReport report)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var plot = new Plot();
        plot.Title("Spill against cost: the frontier of the policies a deployment can run (labels: spill, cost ÷ lower bound)");
        plot.XLabel($"cost ÷ perfect-foresight cost (beyond {CostRatioAxisLimit} drawn at {CostRatioAxisLimit})");
        plot.YLabel("spill, % of invocations");
        var scores = report.Result.Scores;
        var runnable = scores.Where(s => s.Policy != PolicyNames.PerfectForesight).ToList();
        var top = 1.2 * Math.Max(0.1, runnable.Where(s => s.Policy != PolicyNames.Static10).Max(s => s.SpilloverPercent));
        var frontier = runnable
            .Where(s => !runnable.Any(o => o.SpilloverPercent <= s.SpilloverPercent && o.CostRatio <= s.CostRatio
                && (o.SpilloverPercent < s.SpilloverPercent || o.CostRatio < s.CostRatio)))
            .OrderBy(s => s.CostRatio).ToList();
        var line = plot.Add.Scatter(frontier.Select(s => Math.Min(s.CostRatio, CostRatioAxisLimit)).ToArray(),
            frontier.Select(s => Math.Min(s.SpilloverPercent, top)).ToArray());
        line.Color = Colors.Gray;
        line.MarkerSize = 0;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = "frontier";
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            var x = Math.Min(score.CostRatio, CostRatioAxisLimit);
            var y = Math.Min(score.SpilloverPercent, top);
            var marker = plot.Add.Marker(x, y);
            marker.Color = palette.GetColor(i);
            marker.Size = score.Policy == PolicyNames.PredictiveWithTracking ? 16 : 12;
            // A point past an edge is drawn on it (an arrow at the top, a diamond at the right), and its label says so.
            if (score.SpilloverPercent > top) marker.Shape = MarkerShape.FilledTriangleUp;
            else if (score.CostRatio > CostRatioAxisLimit) marker.Shape = MarkerShape.FilledDiamond;
            // Policies that play to the same printed figures (a night's tracking taken from a recommendation can play
            // exactly as tracking alone) share one label at the first of them.
            var same = scores.Where(o => Figures(o) == Figures(score)).ToList();
            if (same[0] != score) continue;
            var label = plot.Add.Text(Label(score, top, string.Join(" = ", same.Select(o => o.Policy))), x, y);
            label.LabelFontSize = 13;
            label.LabelFontColor = palette.GetColor(i);
            // Labels go towards the middle of the chart so that none is cut off at its right edge.
            var rightHalf = x > (CostRatioAxisLimit + 1) / 2;
            label.LabelAlignment = rightHalf ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.OffsetX = rightHalf ? -10 : 10;
            // Neighbouring points are common (the policies that work cost about the same): stagger the labels.
            label.OffsetY = (i % 3 - 1) * 16;
        }
        plot.Axes.SetLimits(0.9, CostRatioAxisLimit + 0.1, -0.05 * top, 1.1 * top);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>A policy's label on the spill-against-cost chart: its real figures, and "off the chart" when it is drawn on an edge.</summary>
    internal static string Label(PolicyScore score, double top, string? names = null)
    {
        var off = score.SpilloverPercent > top || score.CostRatio > CostRatioAxisLimit ? " (off the chart)" : "";
        return $"{names ?? score.Policy}: {Figures(score)}{off}";
    }

    private static string Figures(PolicyScore score) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{score.SpilloverPercent:0.00}% spill, {score.CostRatio:0.00}×");
}
