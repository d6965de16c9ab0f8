using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// Scores a capacity timeline over the replayed minutes as the backtest's scorer does: demand flat within a minute,
/// min(c, P) on provisioned concurrency and the rest on demand, requests by Little's law; the bill from
/// <see cref="CostModel"/>, divided by the bill of perfect foresight (each minute's concurrency, rounded up, at most the
/// stack's max, held through unknown minutes). Unknown minutes are billed and not scored.
/// </summary>
internal sealed class ReplayScorer
{
    private readonly double[] _demand;
    private readonly TuningContext _context;
    private readonly double _perfectCost;

    public ReplayScorer(double[] demand, TuningContext context, int max)
    {
        _demand = demand;
        _context = context;
        _perfectCost = Cost(Simulation.WalkForward.PerfectForesight(demand, max)).Cost.Total;
    }

    public CandidateScore Score(TuningCandidate candidate, int[] serving)
    {
        var (cost, concurrency, onDemand) = Cost(serving);
        return new CandidateScore(candidate, concurrency > 0 ? 100 * onDemand / concurrency : 0, _perfectCost > 0 ? cost.Total / _perfectCost : 1);
    }

    /// <summary>The bill, with the concurrency-minutes of demand and those that ran on demand (one pass serves spill and cost).</summary>
    private (CostBreakdown Cost, double Concurrency, double OnDemand) Cost(int[] serving)
    {
        double provisioned = 0, busy = 0, onDemand = 0, concurrency = 0;
        for (var t = 0; t < _demand.Length; t++)
        {
            provisioned += serving[t];
            var c = _demand[t];
            if (double.IsNaN(c)) continue;
            busy += Math.Min(c, serving[t]);
            onDemand += Math.Max(0, c - serving[t]);
            concurrency += c;
        }
        double Gb(double concurrencyMinutes) => Usage.GbSeconds(_context.MemoryMb, concurrencyMinutes * 60);
        return (CostModel.Price(new Usage(Gb(provisioned), Gb(busy), Gb(onDemand), concurrency * 60 / _context.MeanDurationSeconds), _context.Prices), concurrency, onDemand);
    }
}
