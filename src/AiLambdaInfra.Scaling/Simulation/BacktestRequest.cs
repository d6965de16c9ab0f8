using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>One backtest: the demand, the function, the prices and the settings the policies run with.</summary>
/// <param name="Demand">Concurrency per minute, already scaled to the function being modelled.</param>
/// <param name="Workload">The function's mean duration and memory.</param>
/// <param name="Prices">Lambda prices of the region and architecture.</param>
/// <param name="LearnDays">Days at the start of the trace that are only learnt from (play starts at the nearest midnight UTC).</param>
/// <param name="PlayDays">Days after them that are played and scored.</param>
/// <param name="ReplanHours">Hours between two planning runs.</param>
/// <param name="Scaling">The scalable target's min and max and the target-tracking settings (target, statistic, cooldowns) the stack deploys.</param>
/// <param name="Planner">Planner settings; its allocation minutes are the emulator's allocation delay.</param>
/// <param name="KeepAliveMinutes">Minutes an idle on-demand environment stays warm (see <see cref="ColdStartModel"/>).</param>
/// <param name="InitMilliseconds">The function's init time, added to each cold start.</param>
public sealed record BacktestRequest(
    ConcurrencyDemand Demand,
    Workload Workload,
    LambdaPrices Prices,
    int LearnDays,
    int PlayDays,
    int ReplanHours,
    ScalingSettings Scaling,
    PlannerSettings Planner,
    int KeepAliveMinutes,
    double InitMilliseconds);
