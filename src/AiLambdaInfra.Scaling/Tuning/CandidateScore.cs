namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>How a candidate did over the replayed days.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="SpillPercent">Invocations that found provisioned concurrency full, in percent of all (they ran on on-demand environments).</param>
/// <param name="CostRatio">Its bill (provisioned, duration, on-demand, requests) ÷ the bill of perfect foresight over the same days.</param>
public sealed record CandidateScore(TuningCandidate Candidate, double SpillPercent, double CostRatio)
{
    /// <summary>
    /// The same candidate scored with each replayed day left out in turn, in the order of the days: what a change of the
    /// stack owner's key must survive (<see cref="Recommendation"/>), so that no one day carries it. Defaults to none
    /// (a score not from a replay of days).
    /// </summary>
    public IReadOnlyList<CandidateScore> WithoutEachDay { get; init; } = [];

    /// <summary>
    /// Whether this score is at least as good as <paramref name="other"/> on both axes and better on one: spill and cost.
    /// </summary>
    public bool Dominates(CandidateScore other) =>
        SpillPercent <= other.SpillPercent && CostRatio <= other.CostRatio
        && (SpillPercent < other.SpillPercent || CostRatio < other.CostRatio);
}
