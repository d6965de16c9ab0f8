using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Tuning;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Planning;

/// <summary>
/// The self-tuning's promises, on random frontiers and on random histories planned end to end: a larger budget never
/// costs more, the chosen point is on the frontier, a constant load is planned at exactly its level, and no plan leaves
/// the stack's [min, max].
/// </summary>
public class SelfTuningProperties
{
    private static readonly Instant End = Instant.FromUtc(2026, 11, 30, 0, 0);

    [Property(MaxTest = 300)]
    public void LargerBudget_NeverCostsMore(PositiveInt seed, byte smallByte, byte extraByte)
    {
        var (candidates, awsOnly) = RandomScores(new Random(seed.Get));
        var small = smallByte / 10.0;
        var large = small + extraByte / 10.0;

        var cheap = CandidateChoice.Choose(candidates, awsOnly, large).Chosen;
        var dear = CandidateChoice.Choose(candidates, awsOnly, small).Chosen;

        Assert.True(cheap.CostRatio <= dear.CostRatio, $"budget {large} costs {cheap.CostRatio}, budget {small} costs {dear.CostRatio}");
    }

    [Property(MaxTest = 300)]
    public void ChosenCandidate_IsOnTheFrontier(PositiveInt seed, byte budgetByte)
    {
        var (candidates, awsOnly) = RandomScores(new Random(seed.Get));

        var chosen = CandidateChoice.Choose(candidates, awsOnly, budgetByte / 10.0).Chosen;

        Assert.Contains(chosen, candidates);
        Assert.DoesNotContain(candidates, c => c.Dominates(chosen));
    }

    [Property(MaxTest = 300)]
    public void ChosenSpill_IsWithinTheBudget_OrWithinTheResolutionOfTheFewestAtTheReactiveCost(PositiveInt seed, byte budgetByte)
    {
        var (candidates, awsOnly) = RandomScores(new Random(seed.Get));
        var budget = budgetByte / 10.0;
        var cap = awsOnly.Where(a => a.Candidate.Kind == CandidateKind.TrackingOnly).Max(a => a.CostRatio);
        var eligible = CandidateChoice.Frontier(candidates).Where(c => !awsOnly.Any(a => a.Dominates(c))).ToList();
        var affordable = (eligible.Count > 0 ? eligible : [.. CandidateChoice.Frontier(candidates)]).Where(c => c.CostRatio <= cap).ToList();

        var chosen = CandidateChoice.Choose(candidates, awsOnly, budget).Chosen;

        // Where nothing costs as little as tracking alone, the rule takes the cheapest and bounds nothing.
        var bound = affordable.Count == 0 ? double.PositiveInfinity : Math.Max(budget, affordable.Min(c => c.SpillPercent) * (1 + CandidateChoice.SpillResolution));
        Assert.True(chosen.SpillPercent <= bound, $"chose {chosen.SpillPercent} % with budget {budget} %, bound {bound} %");
    }

    [Property(MaxTest = 8)]
    public void LargerBudget_NeverCostsMore_OnAReplayedHistory(PositiveInt seed)
    {
        var history = RandomHistory(new Random(seed.Get));
        var scaling = new ScalingSettings { Min = 1, Max = 900 };

        var tight = PlanningPipeline.Run(history, scaling, new PlannerSettings { SpillBudgetPercent = 0.1 }).Tuning!;
        var loose = PlanningPipeline.Run(history, scaling, new PlannerSettings { SpillBudgetPercent = 5 }).Tuning!;

        Assert.True(loose.Chosen.CostRatio <= tight.Chosen.CostRatio, $"5 % costs {loose.Chosen.CostRatio}, 0.1 % costs {tight.Chosen.CostRatio}");
        Assert.Contains(tight.Chosen, tight.Frontier);
        Assert.Contains(loose.Chosen, loose.Frontier);
    }

    [Property(MaxTest = 10)]
    public void ConstantLoad_IsPlannedAtExactlyItsLevel(PositiveInt levelSeed)
    {
        var level = 1 + levelSeed.Get % 300;
        var history = new DemandSeries(End - Duration.FromDays(14), Duration.FromMinutes(1), Enumerable.Repeat((double)level, 14 * 1440).ToArray());

        var plan = PlanningPipeline.Run(history, new ScalingSettings { Min = 0, Max = 900 }, new PlannerSettings()).Plan;

        Assert.All(plan.Timeline, change => Assert.Equal(level, change.Min));
        Assert.All(plan.Actions, action => Assert.Equal(level, action.Min));
    }

    [Property(MaxTest = 8)]
    public void Plan_NeverExceedsMaxOrGoesBelowMin(PositiveInt seed, bool tracking)
    {
        var random = new Random(seed.Get);
        var history = RandomHistory(random);
        var min = random.Next(0, 20);
        var scaling = new ScalingSettings { Min = min, Max = min + random.Next(1, 120), TargetTracking = tracking };

        var plan = PlanningPipeline.Run(history, scaling, new PlannerSettings()).Plan;

        Assert.All(plan.Timeline, change =>
        {
            Assert.InRange(change.Min, scaling.Min, scaling.Max);
            Assert.InRange(change.Max, change.Min, scaling.Max);
        });
        Assert.All(plan.Actions, action => Assert.InRange(action.Min!.Value, scaling.Min, scaling.Max));
    }

    /// <summary>Candidates on a random trade-off (more cost, less spill, with noise) and three AWS-only points.</summary>
    private static (List<CandidateScore> Candidates, List<CandidateScore> AwsOnly) RandomScores(Random random)
    {
        CandidateScore Score(CandidateKind kind, double quantile) =>
            new(new TuningCandidate(kind, quantile, "Average", 0.7, true), Math.Round(random.NextDouble() * 20, 2), 1 + Math.Round(random.NextDouble(), 2));
        var candidates = Enumerable.Range(0, random.Next(1, 25)).Select(i => Score(CandidateKind.Floor, i / 25.0)).ToList();
        List<CandidateScore> awsOnly =
        [
            Score(CandidateKind.TrackingOnly, 0),
            Score(CandidateKind.TrackingOnly, 0),
            new(new TuningCandidate(CandidateKind.NoProvisioned, 0, null, 0, false), 100, 1 + random.NextDouble()),
        ];
        return (candidates, awsOnly);
    }

    /// <summary>Two weeks of 1-minute demand: a daily cycle, Poisson-like noise, bursts and a gap.</summary>
    private static DemandSeries RandomHistory(Random random)
    {
        var minutes = 14 * 1440;
        var level = 5 + random.NextDouble() * 100;
        var amplitude = random.NextDouble() * 0.8;
        var values = new double[minutes];
        for (var m = 0; m < minutes; m++)
        {
            var mean = level * (1 + amplitude * Math.Sin(Math.Tau * m / 1440));
            var v = Math.Max(0, mean + Math.Sqrt(mean) * (random.NextDouble() * 2 - 1) * 1.7);
            if (random.NextDouble() < 0.002) v *= 3;
            values[m] = Math.Round(v);
        }
        var gap = random.Next(minutes - 60);
        Array.Fill(values, double.NaN, gap, 30);
        return new DemandSeries(End - Duration.FromMinutes(minutes), Duration.FromMinutes(1), values);
    }
}
