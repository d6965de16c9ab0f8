using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>Everything the backtest renderers print: what was run, with what, and the result.</summary>
/// <param name="TraceName">The trace file's name.</param>
/// <param name="Kind">What the trace counts.</param>
/// <param name="ScaleFactor">What the trace's concurrency was multiplied by to reach <see cref="P99Concurrency"/>.</param>
/// <param name="P99Concurrency">The 99th percentile of concurrency after scaling.</param>
/// <param name="Request">The backtest as run.</param>
/// <param name="Result">Its outcome.</param>
public sealed record BacktestReport(
    string TraceName,
    DemandKind Kind,
    double ScaleFactor,
    double P99Concurrency,
    BacktestRequest Request,
    BacktestResult Result)
{
    public LambdaPrices Prices => Request.Prices;

    /// <summary>The product's default judged against the stack's spill budget and the reactive options.</summary>
    public BacktestVerdict Verdict => BacktestVerdict.Of(Result, Request.Planner.SpillBudgetPercent);
}
