using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// Scores a capacity timeline over the replayed minutes as the backtest's scorer does: demand flat within a minute,
/// min(c, P) on provisioned concurrency and the rest on demand, requests by Little's law; the bill from
/// <see cref="CostModel"/>, divided by the bill of perfect foresight (each minute's concurrency, rounded up, at most the
/// stack's max, held through unknown minutes). Unknown minutes are billed and not scored.
/// Each day is tallied on its own, so the same pass also scores the replay with each day left out
/// (<see cref="CandidateScore.WithoutEachDay"/>); the bill is linear in usage, so the days' bills add up.
/// </summary>
internal sealed class ReplayScorer
{
    private const int MinutesPerDay = 1440;
    private readonly double[] _demand;
    private readonly TuningContext _context;
    private readonly double[] _perfectCosts;

    public ReplayScorer(double[] demand, TuningContext context, int max)
    {
        _demand = demand;
        _context = context;
        _perfectCosts = [.. Days(Simulation.WalkForward.PerfectForesight(demand, max)).Select(Price)];
    }

    public CandidateScore Score(TuningCandidate candidate, int[] serving)
    {
        var days = Days(serving);
        var costs = days.Select(Price).ToArray();
        CandidateScore Without(int left)
        {
            double cost = 0, perfectCost = 0, onDemand = 0, concurrency = 0;
            for (var d = 0; d < days.Length; d++)
            {
                if (d == left) continue;
                cost += costs[d];
                perfectCost += _perfectCosts[d];
                onDemand += days[d].OnDemand;
                concurrency += days[d].Concurrency;
            }
            return new CandidateScore(candidate, concurrency > 0 ? 100 * onDemand / concurrency : 0, perfectCost > 0 ? cost / perfectCost : 1);
        }
        return Without(-1) with { WithoutEachDay = [.. Enumerable.Range(0, days.Length).Select(Without)] };
    }

    private double Price(DayUsage day)
    {
        double Gb(double concurrencyMinutes) => Usage.GbSeconds(_context.MemoryMb, concurrencyMinutes * 60);
        return CostModel.Price(new Usage(Gb(day.Provisioned), Gb(day.Busy), Gb(day.OnDemand), day.Concurrency * 60 / _context.MeanDurationSeconds), _context.Prices).Total;
    }

    /// <summary>Each replayed day's concurrency-minutes: provisioned, busy on it, run on demand, and of demand (one pass serves spill and cost).</summary>
    private DayUsage[] Days(int[] serving)
    {
        var days = new DayUsage[(_demand.Length + MinutesPerDay - 1) / MinutesPerDay];
        for (var d = 0; d < days.Length; d++)
        {
            double provisioned = 0, busy = 0, onDemand = 0, concurrency = 0;
            for (var t = d * MinutesPerDay; t < Math.Min(_demand.Length, (d + 1) * MinutesPerDay); t++)
            {
                provisioned += serving[t];
                var c = _demand[t];
                if (double.IsNaN(c)) continue;
                busy += Math.Min(c, serving[t]);
                onDemand += Math.Max(0, c - serving[t]);
                concurrency += c;
            }
            days[d] = new DayUsage(provisioned, busy, onDemand, concurrency);
        }
        return days;
    }

    private readonly record struct DayUsage(double Provisioned, double Busy, double OnDemand, double Concurrency);
}
