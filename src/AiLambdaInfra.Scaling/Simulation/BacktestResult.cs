namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>The outcome of a backtest.</summary>
/// <param name="Played">The demand of the played period.</param>
/// <param name="Timelines">Each policy's serving capacity over the played period, in <see cref="PolicyNames.All"/> order.</param>
/// <param name="Scores">Each policy's score, in the same order.</param>
/// <param name="Replans">How many times the planner ran.</param>
public sealed record BacktestResult(
    ConcurrencyDemand Played,
    IReadOnlyList<PolicyTimeline> Timelines,
    IReadOnlyList<PolicyScore> Scores,
    int Replans);
