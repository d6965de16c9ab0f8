using AiLambdaInfra.Cli.Rendering;
using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Cli.Tests.Rendering;

public class FrontierPointTests
{
    private const double Top = 19.3;

    [Fact]
    public void PointAboveTheTop_IsDrawnAtTheTop_AndLabelledOffTheChartWithItsRealFigure()
    {
        var none = new CandidateScore(new TuningCandidate(CandidateKind.NoProvisioned, 0, null, 0, false), 100, 1.19);

        var point = FrontierPoint.Of(none, Top);

        Assert.True(point.OffChart);
        Assert.Equal(Top, point.Y);
        Assert.Equal(1.19, point.CostRatio);
        Assert.Equal("no provisioned concurrency: 100.00 % (off the chart), 1.19×", point.Label);
    }

    [Fact]
    public void PointWithinTheAxis_IsDrawnAtItsSpill_AndNotLabelledOffTheChart()
    {
        var tracking = new CandidateScore(new TuningCandidate(CandidateKind.TrackingOnly, 0, "Average", 0.7, true), 7.06, 1.28);

        var point = FrontierPoint.Of(tracking, Top);

        Assert.False(point.OffChart);
        Assert.Equal(7.06, point.Y);
        Assert.Equal("tracking on Average at 0.7: 7.06 %, 1.28×", point.Label);
    }

    [Fact]
    public void PointExactlyAtTheTop_IsStillOnTheChart()
    {
        var tracking = new CandidateScore(new TuningCandidate(CandidateKind.TrackingOnly, 0, "Maximum", 0.7, true), Top, 1.28);

        var point = FrontierPoint.Of(tracking, Top);

        Assert.False(point.OffChart);
        Assert.DoesNotContain("off the chart", point.Label);
    }
}
