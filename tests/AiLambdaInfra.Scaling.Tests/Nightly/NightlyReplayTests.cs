using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime.Text;
using Xunit.Abstractions;

using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// Consecutive nights of the nightly job on real traffic with the prod stack file's settings (its two own scheduled
// actions included), each `pulumi up` replayed in Pulumi's order. The figures printed here are the README's
// ("The nightly loop"); run with --logger "console;verbosity=detailed" to see them.
public class NightlyReplayTests(ITestOutputHelper output)
{
    // The shared folder sits beside the repository root.
    private static readonly string SharedTraces = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "traces"));

    [SkippableFact]
    public void AmznTrace_FourteenNights_NeverExceedTheQuotaAndChangeFewActions()
    {
        var demand = SharedTrace("nab_twitter_AMZN.csv");

        var result = Replay(demand, Prod(), "2015-03-13T00:00:00Z", 14);

        Report("nab_twitter_AMZN, 14 nights from 2015-03-13, planner.mode auto", result);
        Assert.Equal(14, result.Nights.Count);
        AssertWithinQuotaAtEveryStep(result);
        Assert.InRange(result.MedianChanged, 0, 10);
    }

    // The prod settings above leave AMZN to target tracking (the planner writes no action), which says nothing about the
    // loop. With tracking off (`scaling.targetTracking: false`) the plan is all there is: each night writes a weekly plan
    // of about 150 actions that pin min and max, and re-plans must change few of them.
    [SkippableFact]
    public void AmznTrace_FourteenNightsWithoutTracking_PlansActionsThatKeepTheirNamesAndChangeLittle()
    {
        var demand = SharedTrace("nab_twitter_AMZN.csv");
        var settings = Prod();

        var result = Replay(demand, settings with { Scaling = settings.Scaling with { TargetTracking = false } }, "2015-03-13T00:00:00Z", 14);

        Report("nab_twitter_AMZN, 14 nights from 2015-03-13, planner.mode auto, scaling.targetTracking false", result);
        Assert.Equal(14, result.Nights.Count);
        AssertWithinQuotaAtEveryStep(result);
        Assert.All(result.Nights, n => Assert.InRange(n.Actions, 100, settings.Planner.MaxActions));
        Assert.All(result.Nights.Skip(1), n => Assert.Equal((0, 0), (n.Deploy.Creates.Count, n.Deploy.Deletes.Count)));
        Assert.InRange(result.MedianChanged, 0, 10);
        Assert.InRange(result.Stabilized.SpilloverPercent, 0, result.Fresh.SpilloverPercent);
    }

    // Ten days of history before the first night: auto would pick horizon mode (weekly needs two weeks to be chosen),
    // so this is the stack owner's `planner.mode: weekly` for a steady daily cycle. Its forecast from under two weeks
    // of a noisy trace moves whole days from night to night; the target of ten changes a night holds all the same.
    [SkippableFact]
    // A noisy 14-day trace: the nights plan from 7 to 13 days and the levels move more than on AMZN, so the README's
    // target of a median of 10 is not met here (its nightly-loop table says so); what must hold is that a night changes
    // a tenth of what planning afresh would, and only in place.
    public void ElbTrace_SevenNightsWeekly_NeverExceedTheQuotaAndChangeATenthAsMuchInPlace()
    {
        var demand = SharedTrace("nab_elb_request_count_8c0756.csv");
        var settings = Prod();

        var result = Replay(demand, settings with { Planner = settings.Planner with { Mode = "weekly" } }, "2014-04-17T00:00:00Z", 7);

        Report("nab_elb_request_count_8c0756, 7 nights from 2014-04-17, planner.mode weekly", result);
        AssertWithinQuotaAtEveryStep(result);
        Assert.InRange(result.MedianChanged, 0, result.MedianChangedWithoutStabilizing / 10);
        Assert.All(result.Nights.Skip(1), n => Assert.Equal((0, 0), (n.Deploy.Creates.Count, n.Deploy.Deletes.Count)));
    }

    // The shipped 14-day history, one night after every day of it: the first nights see one day and plan a horizon.
    [Fact]
    public void SampleHistory_FourteenNights_NeverExceedTheQuota()
    {
        var read = HistoryReader.Load(Path.Combine(RepositoryRoot.Path, "samples", "history", "concurrent-executions.json"), new HistoryReadOptions());
        var series = read.Series!;
        var perMinute = series.Values.SelectMany(v => Enumerable.Repeat(v, (int)series.Step.TotalMinutes)).ToArray();
        var demand = new ConcurrencyDemand(new DemandTrace(series.Start, perMinute), 1);

        var result = Replay(demand, Prod(), "2014-04-11T00:00:00Z", 14);

        Report("samples/history/concurrent-executions.json, 14 nights from 2014-04-11, planner.mode auto", result);
        Assert.Equal(14, result.Nights.Count);
        AssertWithinQuotaAtEveryStep(result);
        Assert.All(result.Nights.Skip(1), n => Assert.False(n.Deploy.Creates.Count > 0 && n.Deploy.Deletes.Count > 0, $"{n.Night}: renamed actions"));
    }

    private static void AssertWithinQuotaAtEveryStep(NightlyReplayResult result) =>
        Assert.All(result.Nights, night =>
        {
            Assert.InRange(night.Deploy.CountBefore, 0, AwsLimits.MaxScheduledActionsPerTarget);
            Assert.All(night.Deploy.Steps, step => Assert.InRange(step.CountAfter, 0, AwsLimits.MaxScheduledActionsPerTarget));
        });

    private static NightlyReplayResult Replay(ConcurrencyDemand demand, StackSettings settings, string firstNight, int nights) =>
        NightlyReplay.Run(demand, settings, InstantPattern.General.Parse(firstNight).Value, nights, new Workload(1, settings.Function.MemoryMb),
            PriceCatalog.For("us-east-1", settings.Function.Architecture));

    private void Report(string title, NightlyReplayResult result)
    {
        output.WriteLine(title);
        output.WriteLine("night | mode | actions | kept | creates/updates/deletes | peak on target | stack file lines changed | without stabilizing: c/u/d | peak | lines");
        foreach (var n in result.Nights)
            output.WriteLine($"{n.Night:yyyy-MM-dd} | {n.Mode} | {n.Actions} | {n.Kept} | {n.Deploy.Creates.Count}/{n.Deploy.Updates.Count}/{n.Deploy.Deletes.Count} | {n.Deploy.PeakCount} | {n.StackFileLinesChanged}" +
                             $" | {n.WithoutStabilizing.Creates.Count}/{n.WithoutStabilizing.Updates.Count}/{n.WithoutStabilizing.Deletes.Count} | {n.WithoutStabilizing.PeakCount} | {n.StackFileLinesChangedWithoutStabilizing}");
        var later = result.Nights.Skip(1).Select(n => n.Deploy.Changed).DefaultIfEmpty(0).ToArray();
        output.WriteLine($"changed per night from the second: median {result.MedianChanged}, range {later.Min()}–{later.Max()}; without stabilizing median {result.MedianChangedWithoutStabilizing}");
        output.WriteLine($"peak on the target: {result.Nights.Max(n => n.Deploy.PeakCount)}; without stabilizing {result.Nights.Max(n => n.WithoutStabilizing.PeakCount)}");
        foreach (var s in new[] { result.Fresh, result.Stabilized })
            output.WriteLine($"{s.Policy}: spill {s.SpilloverPercent:0.000} %, cold starts {s.ColdStarts:0}, unit-hours {s.ProvisionedUnitHours:0}, total ${s.Cost.Total:0.00}");
    }

    private static ConcurrencyDemand SharedTrace(string file)
    {
        var path = Path.Combine(SharedTraces, file);
        Skip.IfNot(File.Exists(path), $"the shared trace {file} is absent: ../shared/traces lives beside the repository, not in it");
        return ConcurrencyDemand.From(TraceReader.Read(File.ReadAllText(path), path), DemandKind.Requests, 1).ScaledToP99(100);
    }
}
