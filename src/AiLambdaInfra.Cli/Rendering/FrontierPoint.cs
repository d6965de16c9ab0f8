using System.Globalization;
using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>
/// Where the frontier chart draws a scored option and what its label says. A point above the chart's top is drawn at the
/// top and marked as off the chart, so no marker sits at a height that is not its own.
/// </summary>
/// <param name="CostRatio">The point's x: cost ÷ perfect foresight.</param>
/// <param name="Y">The height it is drawn at: its spill %, or the chart's top when it is off the chart.</param>
/// <param name="OffChart">Whether its spill is above the chart's top.</param>
/// <param name="Label">Its name and real figures, saying so when it is off the chart.</param>
internal sealed record FrontierPoint(double CostRatio, double Y, bool OffChart, string Label)
{
    public static FrontierPoint Of(CandidateScore score, double top)
    {
        var offChart = score.SpillPercent > top;
        var where = offChart ? " (off the chart)" : "";
        return new FrontierPoint(score.CostRatio, offChart ? top : score.SpillPercent, offChart,
            string.Create(CultureInfo.InvariantCulture, $"{score.Candidate.Name}: {score.SpillPercent:0.00} %{where}, {score.CostRatio:0.00}×"));
    }
}
