using System.Globalization;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

// The goal setting on the shared real traces: 1 s, 2 GB, p99 = 100 concurrent, learn 14 / play 7 days
// (10 / 4 on the two-week ELB trace). These tests assert what the self-tuning promises: the product's default is never
// worse on both spill and cost than AWS's reactive tracking alone; the full figures
// are printed by `ailambda backtest` and reported in the README.
public class RealTraceBacktestTests
{
    // The shared folder sits beside the repository root; look for it from the test binaries upwards.
    private static readonly string Traces = FindSharedTraces() ?? Path.Combine("..", "shared", "traces");

    private static string? FindSharedTraces()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "traces");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }

    [SkippableTheory]
    [InlineData("nab_twitter_AMZN.csv", 14, 7)]
    [InlineData("nab_elb_request_count_8c0756.csv", 10, 4)]
    [InlineData("nab_twitter_AAPL.csv", 14, 7)]
    public void DefaultPolicy_IsNotBeatenOnBothSpillAndCostByReactiveTracking(string file, int learn, int play)
    {
        var path = Path.Combine(Traces, file);
        Skip.IfNot(File.Exists(path), $"the shared trace {path} is absent (it lives beside the repository, not in it)");

        var result = Backtest(path, learn, play);

        var byPolicy = result.Scores.ToDictionary(s => s.Policy);
        var product = byPolicy[PolicyNames.PredictiveWithTracking];
        foreach (var reactive in new[] { PolicyNames.TargetTrackingAverage, PolicyNames.TargetTrackingMaximum }.Select(p => byPolicy[p]))
            Assert.False(reactive.SpilloverPercent <= product.SpilloverPercent && reactive.CostRatio <= product.CostRatio
                         && (reactive.SpilloverPercent < product.SpilloverPercent || reactive.CostRatio < product.CostRatio),
                $"{file}: {reactive.Policy} ({reactive.SpilloverPercent:0.000} %, {reactive.CostRatio:0.000}×) beats predictive + TT ({product.SpilloverPercent:0.000} %, {product.CostRatio:0.000}×) on both axes");
        Assert.InRange(product.MaxScheduledActions!.Value, 0, 200);
        Assert.Equal(1, byPolicy[PolicyNames.PerfectForesight].CostRatio, 12);
    }

    /// <summary>
    /// On AMZN the product's default spills within the default budget at no more than 1.25× perfect foresight, judged as
    /// the backtest's verdict judges it (the figures as printed).
    /// </summary>
    [SkippableFact]
    public void DefaultPolicy_OnAmzn_MeetsTheBudgetForAtMostAQuarterAbovePerfectForesight()
    {
        var path = Path.Combine(Traces, "nab_twitter_AMZN.csv");
        Skip.IfNot(File.Exists(path), $"the shared trace {path} is absent (it lives beside the repository, not in it)");

        var verdict = BacktestVerdict.Of(Backtest(path, 14, 7), new PlannerSettings().SpillBudgetPercent);

        Assert.True(verdict.WithinBudget, $"spill {verdict.Product.SpilloverPercent:0.000} %");
        var printedCost = double.Parse(verdict.Product.CostRatio.ToString("0.000", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        Assert.True(printedCost <= 1.25, $"cost {printedCost:0.000}×");
    }

    /// <summary>
    /// On ELB and AAPL the product's default spills no more and costs no more than target tracking on Maximum alone, as
    /// the backtest's verdict compares them.
    /// </summary>
    [SkippableTheory]
    [InlineData("nab_elb_request_count_8c0756.csv", 10, 4)]
    [InlineData("nab_twitter_AAPL.csv", 14, 7)]
    public void DefaultPolicy_IsNoWorseOnEitherAxisThanTrackingOnMaximum(string file, int learn, int play)
    {
        var path = Path.Combine(Traces, file);
        Skip.IfNot(File.Exists(path), $"the shared trace {path} is absent (it lives beside the repository, not in it)");

        var verdict = BacktestVerdict.Of(Backtest(path, learn, play), new PlannerSettings().SpillBudgetPercent);

        var (maximum, comparison) = verdict.Reactive.Single(r => r.Option.Policy == PolicyNames.TargetTrackingMaximum);
        Assert.True(comparison is Comparison.Better or Comparison.Equal,
            $"{file}: predictive + TT {verdict.Product.SpilloverPercent:0.000} % at {verdict.Product.CostRatio:0.000}×, TT Maximum {maximum.SpilloverPercent:0.000} % at {maximum.CostRatio:0.000}×: {comparison}");
    }

    private static BacktestResult Backtest(string path, int learn, int play)
    {
        var trace = TraceReader.Read(File.ReadAllText(path), path);
        var demand = ConcurrencyDemand.From(trace, DemandKind.Requests, 1).ScaledToP99(100);
        var scaling = BacktestDefaults.Scaling;
        var planner = new PlannerSettings();
        var request = new BacktestRequest(demand, new Workload(1, 2048), PriceCatalog.For("us-east-1", "arm64"), learn, play, 24,
            scaling, planner, BacktestDefaults.KeepAliveMinutes, BacktestDefaults.InitMs);
        return WalkForward.Run(request, PredictivePlanner.For(request));
    }
}
