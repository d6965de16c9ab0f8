using AiLambdaInfra.Scaling.Tuning;
using ScottPlot;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>The self-tuning's frontier as a chart: spill % against cost ÷ perfect foresight, candidates, AWS-only options and the chosen point.</summary>
internal static class FrontierChart
{
    /// <summary>Spill beyond this share of the chart's top is drawn at the top, its label giving the real figure.</summary>
    private const double Headroom = 1.25;

    public static Plot Plot(TuningResult tuning)
    {
        var plot = new Plot();
        plot.Title($"Self-tuning on the last {tuning.ReplayDays} days: spill against cost (budget {tuning.BudgetPercent:0.###} %)");
        plot.XLabel("cost ÷ perfect-foresight cost");
        plot.YLabel("spill, % of invocations");
        var shown = tuning.Candidates.Concat(tuning.AwsOnly.Where(a => a.Candidate.Kind != CandidateKind.NoProvisioned)).ToList();
        var top = Math.Max(tuning.BudgetPercent, shown.Max(s => s.SpillPercent)) * Headroom;
        var frontier = tuning.Frontier;

        var line = plot.Add.Scatter(frontier.Select(s => s.CostRatio).ToArray(), frontier.Select(s => s.SpillPercent).ToArray());
        line.LegendText = "frontier of the planner's candidates";
        line.Color = Colors.SteelBlue;
        line.MarkerSize = 0;
        line.LineWidth = 1.5f;
        var others = plot.Add.Scatter(tuning.Candidates.Select(s => s.CostRatio).ToArray(), tuning.Candidates.Select(s => s.SpillPercent).ToArray());
        others.LegendText = "candidates";
        others.LineWidth = 0;
        others.MarkerSize = 6;
        others.Color = Colors.SteelBlue;

        for (var i = 0; i < tuning.AwsOnly.Count; i++)
        {
            var s = tuning.AwsOnly[i];
            var y = Math.Min(s.SpillPercent, top);
            var marker = plot.Add.Marker(s.CostRatio, y);
            marker.Color = Colors.Gray;
            marker.Size = 11;
            var label = plot.Add.Text($"{s.Candidate.Name}: {s.SpillPercent:0.00} %, {s.CostRatio:0.00}×", s.CostRatio, y);
            label.LabelFontColor = Colors.DimGray;
            label.LabelFontSize = 12;
            label.OffsetX = 8;
            // Tracking on Average and on Maximum often land on one point: stagger the labels.
            label.OffsetY = i * 16;
        }
        var chosen = plot.Add.Marker(tuning.Chosen.CostRatio, tuning.Chosen.SpillPercent);
        chosen.Color = Colors.OrangeRed;
        chosen.Size = 16;
        chosen.LegendText = "chosen";
        var chosenLabel = plot.Add.Text($"chosen: {tuning.Chosen.Candidate.Name}: {tuning.Chosen.SpillPercent:0.00} %, {tuning.Chosen.CostRatio:0.00}×",
            tuning.Chosen.CostRatio, tuning.Chosen.SpillPercent);
        chosenLabel.LabelFontColor = Colors.OrangeRed;
        chosenLabel.LabelFontSize = 12;
        chosenLabel.OffsetX = 8;
        chosenLabel.OffsetY = -16;
        var budget = plot.Add.HorizontalLine(tuning.BudgetPercent);
        budget.LinePattern = LinePattern.Dashed;
        budget.Color = Colors.Green;
        budget.LegendText = "spill budget";
        var xs = tuning.Candidates.Concat(tuning.AwsOnly).Select(s => s.CostRatio).ToList();
        plot.Axes.SetLimits(Math.Min(0.95, xs.Min() - 0.05), xs.Max() + (xs.Max() - xs.Min()) * 0.6 + 0.1, -0.03 * top, top * 1.05);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
