using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Tuning;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Planning;

/// <summary>
/// The level offset above the forecast's quantile: the same units at every slot, never below the quantile, growing with
/// its share; and the self-tuning scores every offset floor beside the plain quantiles.
/// </summary>
public class LevelOffsetProperties
{
    [Property(MaxTest = 200)]
    public void Offset_RaisesEverySlotByTheSameShareOfTheSpread(PositiveInt seed, byte shareByte)
    {
        var random = new Random(seed.Get);
        var point = Enumerable.Range(0, 288).Select(_ => random.NextDouble() * 200).ToArray();
        var errors = Enumerable.Range(0, 50).Select(_ => random.NextDouble() * 4 - 1).Order().ToArray();
        var share = shareByte / 100.0;

        var plain = LevelOffset.Band(point, errors, 0.7, 0);
        var raised = LevelOffset.Band(point, errors, 0.7, share);

        var expected = share * LevelOffset.Spread(point, errors);
        Assert.True(expected >= 0, $"spread {expected}");
        Assert.All(Enumerable.Range(0, point.Length), j => Assert.Equal(plain[j] + expected, raised[j], 9));
    }

    [Property(MaxTest = 200)]
    public void LargerShare_NeverLowersTheBand(PositiveInt seed, byte smallByte, byte extraByte)
    {
        var random = new Random(seed.Get);
        var point = Enumerable.Range(0, 288).Select(_ => random.NextDouble() * 50).ToArray();
        var errors = Enumerable.Range(0, 30).Select(_ => random.NextDouble() * 6 - 3).Order().ToArray();

        var low = LevelOffset.Band(point, errors, 0.5, smallByte / 100.0);
        var high = LevelOffset.Band(point, errors, 0.5, (smallByte + extraByte) / 100.0);

        Assert.All(Enumerable.Range(0, point.Length), j => Assert.True(high[j] >= low[j], $"slot {j}: {high[j]} < {low[j]}"));
    }

    [Fact]
    public void EveryOffsetFloor_IsScoredBesideTheQuantiles()
    {
        var end = Instant.FromUtc(2026, 11, 30, 0, 0);
        var random = new Random(7);
        var values = Enumerable.Range(0, 14 * 1440)
            .Select(m => Math.Round(40 * (1 + 0.6 * Math.Sin(Math.Tau * m / 1440)) + random.Next(-6, 7)))
            .ToArray();
        var history = new DemandSeries(end - Duration.FromDays(14), Duration.FromMinutes(1), values);

        var tuning = PlanningPipeline.Run(history, new ScalingSettings(), new PlannerSettings()).Tuning!;

        foreach (var (quantile, share) in SelfTuner.Offsets)
            Assert.Contains(tuning.Candidates, s => s.Candidate is { Kind: CandidateKind.Floor, Writable: true } c && c.Quantile == quantile && c.OffsetShare == share);
    }

    [Fact]
    public void OffsetCandidate_PlansItsQuantileRaisedByTheShare()
    {
        var point = new double[] { 1, 4, 16, 64 };
        double[] errors = [-1, 0, 0.5, 1, 2];
        var forecast = new Forecast(Instant.FromUtc(2026, 11, 30, 0, 0), Duration.FromMinutes(5), point, point, 0.9) { CalibrationErrors = errors };
        var candidate = new TuningCandidate(CandidateKind.Floor, 0.5, "Average", 0.7, true) { OffsetShare = 0.5 };

        var planned = LevelOffset.Apply(forecast, candidate);

        // The P50 error is 0.5, the P90 error 1.6; the median level is 10, so the spread is 1.6 · √10 and the offset half of it.
        var offset = 0.5 * 1.6 * Math.Sqrt(10);
        Assert.Equal(0.5, planned.Quantile);
        double[] expected = [1 + 0.5 + offset, 4 + 0.5 * 2 + offset, 16 + 0.5 * 4 + offset, 64 + 0.5 * 8 + offset];
        Assert.All(Enumerable.Range(0, point.Length), j => Assert.Equal(expected[j], planned.Upper[j], 9));
        Assert.Equal("plan P50 + 0.5 spread + tracking on Average at 0.7", candidate.Name);
    }
}
