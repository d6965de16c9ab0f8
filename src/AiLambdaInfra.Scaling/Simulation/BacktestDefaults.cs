using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>The defaults of <c>ailambda backtest</c>, in one place.</summary>
public static class BacktestDefaults
{
    public const DemandKind Kind = DemandKind.Requests;
    public const double MeanDurationMs = 1000;
    public const int MemoryMb = Defaults.MemoryMb;
    public const string Region = PriceCatalog.DefaultRegion;
    public const string Architecture = Defaults.Architecture;

    /// <summary>The trace is scaled so that its 99th percentile is this many concurrent executions.</summary>
    public const double P99Concurrency = 100;

    /// <summary>As the planner's default history (<see cref="Defaults.PlannerHistoryDays"/>).</summary>
    public const int LearnDays = Defaults.PlannerHistoryDays;

    public const int PlayDays = 7;

    /// <summary>A nightly planning job.</summary>
    public const int ReplanHours = 24;

    /// <summary>
    /// Latency a cold start adds, measured on the inference handler at 2048 MB (handler/README.md, `bench`):
    /// 703 ms from process start to a loaded, warmed model, plus the 50 ms by which the first invocation exceeds a
    /// warm one. On Lambda, compare with the <c>Init Duration</c> of a cold start's REPORT line in CloudWatch Logs.
    /// </summary>
    public const double InitMs = 750;

    /// <summary>Minutes an idle on-demand environment stays warm: the last public measurement; see <see cref="ColdStartModel"/>.</summary>
    public const int KeepAliveMinutes = 10;

    /// <summary>
    /// The scaling settings played when no stack file is given: the stack defaults, except that max is the most a
    /// function can be provisioned in a default account (1,000 − the 100 Lambda keeps unreserved), so that neither the
    /// plan nor target tracking is capped by the stack's small default max.
    /// </summary>
    public static ScalingSettings Scaling => new() { Max = Defaults.AccountConcurrencyLimit - AwsLimits.UnreservedConcurrencyFloor };
}
