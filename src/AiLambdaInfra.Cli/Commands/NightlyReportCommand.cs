using System.CommandLine;
using AiLambdaInfra.Cli.Rendering;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda nightly-report --before before.yaml --stack-file Pulumi.prod.yaml --history history.json</c>: after
/// <c>ailambda plan</c> has written the stack file, describes the change for the nightly pull request (Markdown on
/// standard output, or into <c>--markdown</c>): what <c>pulumi up</c> will do to the scheduled actions, which actions
/// change, the estimated monthly cost before and after, and the last week of history replayed under the old and the new
/// plan, charted with <c>--chart</c>. Reads only; exit 0, 1 for invalid input, 2 for an unreadable file.
/// </summary>
public static class NightlyReportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var inputs = new PlanningInputs();
        var before = new Option<string>("--before") { Description = "The stack file as it was before planning (what the target holds now).", Required = true };
        var stackFile = new Option<string>("--stack-file") { Description = "The stack file as planned.", Required = true };
        var markdown = new Option<string?>("--markdown") { Description = "Write the Markdown to this file. Defaults to standard output." };
        var chart = new Option<string?>("--chart") { Description = "Write a PNG of the last week under both plans to this file. Defaults to none." };
        var chartLink = new Option<string?>("--chart-link") { Description = "Where a reader finds the chart (a URL), named in the Markdown. Defaults to none." };
        var command = new Command("nightly-report", "Describe a planned change for its pull request: the deploy, the changed actions, the cost, the last week replayed.");
        command.Options.Add(before);
        command.Options.Add(stackFile);
        command.Options.Add(inputs.History);
        command.Options.Add(inputs.Format);
        command.Options.Add(inputs.Metric);
        command.Options.Add(inputs.MeanDurationMs);
        command.Options.Add(inputs.Now);
        command.Options.Add(markdown);
        command.Options.Add(chart);
        command.Options.Add(chartLink);
        command.SetAction(parsed => Run(env, parsed, inputs, parsed.GetValue(before)!, parsed.GetValue(stackFile)!,
            parsed.GetValue(markdown), parsed.GetValue(chart), parsed.GetValue(chartLink)));
        return command;
    }

    /// <summary>The line <c>plan</c> prints after writing: what <c>pulumi up</c> will do to the scheduled actions.</summary>
    public static string DeploySummary(ScheduledActionDiff diff) =>
        $"pulumi up will make {diff.Summary}." + (diff.WithinQuota ? "" : " This exceeds what Application Auto Scaling allows per target: the deploy would stop with LimitExceededException.");

    private static int Run(CliEnvironment env, ParseResult parsed, PlanningInputs inputs, string beforeName, string stackName, string? markdown, string? chart, string? chartLink)
    {
        if (!inputs.TryReadNow(env, parsed, out var now, out var exit)) return exit;
        var old = PlanningInputs.ReadStack(env, beforeName, out exit);
        if (old is null) return exit;
        var planned = PlanningInputs.ReadStack(env, stackName, out exit);
        if (planned is null) return exit;
        var history = inputs.ReadHistory(env, parsed, out exit);
        if (history is null) return exit;

        var settings = planned.Settings;
        // Planned again only for the forecast the two plans are priced against, with the options `plan` had.
        var result = inputs.Plan(env, parsed, history, settings.Scaling, settings.Planner, now, planned, out exit);
        if (result is null) return exit;

        var timezone = settings.Scaling.Timezone;
        var diff = DeploymentReplay.Diff(old.Settings.AllScheduledActions, settings.AllScheduledActions, timezone);
        var meanDurationSeconds = (parsed.GetValue(inputs.MeanDurationMs) ?? BacktestDefaults.MeanDurationMs) / 1000d;
        var prices = Prices(planned);
        // The week before the plan: with --now, the history after it is not the past the plan was made from.
        var past = now is { } at ? history.Slice(history.Start, at) : history;
        var week = LastWeekReplay.Play(past, old.Settings.AllScheduledActions, settings.AllScheduledActions, settings, meanDurationSeconds,
            prices ?? PriceCatalog.For(PriceCatalog.DefaultRegion, settings.Function.Architecture), old.Settings.Scaling);
        var report = new NightlyReport(planned.Name, diff, Cost(result, old.Settings.PlannedActions, settings, prices), Cost(result, settings.PlannedActions, settings, prices), week, timezone)
        {
            HandedBack = result.Plan.Actions.Count == 0 && settings.PlannedActions.Count > 0,
            TrackingChanges = [.. Recommendation.Differences(old.Settings.Scaling, settings.Scaling)
                .Select(d => d.Key != "statistic" || old.Settings.Scaling.StatisticPinned == settings.Scaling.StatisticPinned
                    ? $"`{Recommendation.KeyName(d.Key, settings.Scaling.StatisticPinned)}`: {d.Before} → {d.After}"
                    : $"statistic: {d.Before} ({Owner(old.Settings.Scaling)}) → {d.After} ({Owner(settings.Scaling)})")],
        };

        var text = NightlyReportMarkdown.Render(report, chartLink);
        if (markdown is null) env.Out.Write(text);
        else
        {
            File.WriteAllText(env.ResolveOutput(markdown), text);
            env.Out.WriteLine($"Wrote {markdown}.");
        }
        if (chart is not null)
        {
            SaveChart(env.ResolveOutput(chart), week, settings, prices ?? PriceCatalog.For(PriceCatalog.DefaultRegion, settings.Function.Architecture));
            env.Out.WriteLine($"Wrote {chart}.");
        }
        return ExitCodes.Success;
    }

    /// <summary>Where a stack's statistic comes from: its own <c>scaling.statistic</c>, or the planner (<c>plannedStatistic</c>, Average before it has one).</summary>
    private static string Owner(ScalingSettings scaling) => scaling.StatisticPinned ? "`scaling.statistic`" : "the planner's, `plannedStatistic`";

    private static LambdaPrices? Prices(PlanningInputs.LoadedStack stack)
    {
        try
        {
            return PriceCatalog.For(stack.Region, stack.Settings.Function.Architecture);
        }
        catch (UnknownPriceException)
        {
            return null;
        }
    }

    /// <summary>The monthly estimate of <paramref name="actions"/> over the fresh plan's span and forecast.</summary>
    private static PlanCostEstimate? Cost(PlanningResult result, IReadOnlyList<ScheduledActionSettings> actions, StackSettings settings, LambdaPrices? prices)
    {
        if (prices is null) return null;
        var s = settings.Scaling;
        // A hand-written rate() action has no times to price; the planner writes none.
        var timed = actions.Where(a => !a.Schedule.TrimStart().StartsWith("rate(", StringComparison.Ordinal)).ToList();
        var plan = result.Plan with { Actions = timed, Timeline = CapacityPlanner.TargetTimeline(result.Request, timed, result.Plan.Start, result.Plan.End) };
        return PlanCostEstimator.Estimate(plan, result.Forecast, result.Request, settings.Function.MemoryMb, prices);
    }

    /// <summary>The backtest chart with the two plans and the lower bound (each minute's demand, rounded up) as its policies.</summary>
    private static void SaveChart(string path, ReplayedWeek week, StackSettings settings, LambdaPrices prices)
    {
        var workload = new Workload(week.Played.MeanDurationSeconds, settings.Function.MemoryMb);
        var lowerServing = week.Played.Concurrency.Values.Select(c => double.IsNaN(c) ? 0 : Math.Min(settings.Scaling.Max, (int)Math.Ceiling(c - 1e-9))).ToArray();
        var lower = Scorer.Score(PolicyNames.PerfectForesight, week.Played, lowerServing, workload, prices, BacktestDefaults.KeepAliveMinutes, BacktestDefaults.InitMs);
        var bound = lower.Cost.Total;
        var scores = new[] { week.Old, week.New, lower }.Select(s => s with { CostRatio = bound > 0 ? s.Cost.Total / bound : double.NaN }).ToList();
        var result = new BacktestResult(week.Played,
            [new PolicyTimeline(week.Old.Policy, week.OldServing), new PolicyTimeline(week.New.Policy, week.NewServing), new PolicyTimeline(lower.Policy, lowerServing)],
            scores, 0);
        var request = new BacktestRequest(week.Played, workload, prices, 0, 7, 24, settings.Scaling, settings.Planner, BacktestDefaults.KeepAliveMinutes, BacktestDefaults.InitMs);
        BacktestChart.Save(new BacktestReport("last week of history", DemandKind.Concurrency, 1, ConcurrencyDemand.Percentile(week.Played.Concurrency.Values, 0.99), request, result),
            week.Played.Concurrency.Start, path);
    }
}
