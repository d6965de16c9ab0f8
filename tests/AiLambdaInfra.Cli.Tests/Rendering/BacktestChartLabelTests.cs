using AiLambdaInfra.Cli.Rendering;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Cli.Tests.Rendering;

public class BacktestChartLabelTests
{
    private const double Top = 18;

    // A score with the given spill (per cent of 100,000 invocations) and cost ratio.
    private static PolicyScore Score(string policy, double spillPercent, double costRatio) => new(
        policy, 100_000, spillPercent * 1_000, 0, 0, 0, 0, new Usage(0, 0, 0, 0), new CostBreakdown(0, 0, 0, 0), costRatio, null, 0, 0);

    [Theory]
    [InlineData(73.74, 1.142, "static 10: 73.74% spill, 1.14× (off the chart)")]
    [InlineData(0, 7.704, "static 10: 0.00% spill, 7.70× (off the chart)")]
    [InlineData(12.2, 1.412, "static 10: 12.20% spill, 1.41×")]
    [InlineData(18, 3, "static 10: 18.00% spill, 3.00×")]
    public void PointPastAnEdge_IsLabelledOffTheChart_WithItsRealFigures(double spill, double cost, string expected)
    {
        Assert.Equal(expected, BacktestChart.Label(Score(PolicyNames.Static10, spill, cost), Top));
    }
}
