using AiLambdaInfra.Scaling.Tuning;
using ScottPlot;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>The self-tuning's frontier as a chart: spill % against cost ÷ perfect foresight, candidates, AWS-only options and the chosen point.</summary>
internal static class FrontierChart
{
    /// <summary>The chart's top over the highest spill it shows to scale; spill above the top is drawn there, marked off the chart (<see cref="FrontierPoint"/>).</summary>
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
            var point = FrontierPoint.Of(tuning.AwsOnly[i], top);
            var marker = plot.Add.Marker(point.CostRatio, point.Y);
            marker.Color = Colors.Gray;
            marker.Size = 11;
            if (point.OffChart)
            {
                // An arrow up, a little larger than the dots, so it does not read as a point at this height.
                marker.Shape = MarkerShape.FilledTriangleUp;
                marker.Size = 15;
            }
            var label = plot.Add.Text(point.Label, point.CostRatio, point.Y);
            label.LabelFontColor = Colors.DimGray;
            label.LabelFontSize = 12;
            label.OffsetX = 8;
            // Tracking on Average and on Maximum often land on one point: stagger the labels. Only spill above all of
            // theirs reaches the top, so an off-chart label has the top to itself and sits beside its arrow.
            label.OffsetY = point.OffChart ? -8 : i * 16;
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
