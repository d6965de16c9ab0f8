using System.CommandLine;
using System.Text;
using AiLambdaInfra.Cli.Rendering;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;
using AiLambdaInfra.Scaling.Tuning;
using DiffPlex.Renderer;
using NodaTime;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda plan --stack-file Pulumi.prod.yaml --history history.json</c>: forecasts from the function's history and
/// writes the scheduled actions into the stack file under <c>ai-lambda-infra:plannedActions</c>, every other byte kept,
/// atomically. <c>--dry-run</c> prints the unified diff and writes nothing. Bad input leaves the stack file untouched.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliEnvironment env)
    {
        var inputs = new PlanningInputs();
        var stackFile = new Option<string>("--stack-file") { Description = "The Pulumi.<stack>.yaml to plan for and write into.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the diff the plan would make to the stack file and write nothing." };
        var apply = new Option<bool>("--apply-recommendations")
        {
            Description = "Also write the tracking settings the replay recommends (scaling.targetUtilization, scaling.targetTracking, and scaling.statistic where you set it: your keys) and plan with them. Defaults to off: they are printed, not written. A statistic you leave unset is the planner's, written under plannedStatistic without this flag.",
        };
        var command = new Command("plan", "Forecast from CloudWatch history and write the scheduled actions into the stack file.");
        command.Options.Add(stackFile);
        inputs.AddTo(command);
        command.Options.Add(dryRun);
        command.Options.Add(apply);
        command.SetAction(parsed => Run(env, parsed, inputs, parsed.GetValue(stackFile)!, parsed.GetValue(dryRun), parsed.GetValue(apply)));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parsed, PlanningInputs inputs, string stackName, bool dryRun, bool applyRecommendations)
    {
        if (!inputs.TryReadNow(env, parsed, out var now, out var exit)) return exit;
        var stack = PlanningInputs.ReadStack(env, stackName, out exit);
        if (stack is null) return exit;
        var history = inputs.ReadHistory(env, parsed, out exit, stack.Settings.Planner);
        if (history is null) return exit;

        var settings = stack.Settings;
        if (!settings.Scaling.Autoscaling)
        {
            env.Error.WriteLine($"{stack.Name}: `scaling.autoscaling` is false, so the target takes no scheduled actions and there is nothing to plan; set `scaling.autoscaling: true` to plan this stack.");
            return ExitCodes.Invalid;
        }
        var (result, trial, text) = PlanTonight(env, parsed, inputs, stack, history, now, applyRecommendations, ref settings, out exit);
        if (result is null) return exit;

        string updated;
        NightlyPlan nightly;
        try
        {
            // What is written is last night's plan kept where it still covers tonight's, under stable names.
            nightly = NightlyPlanner.Stabilize(result.Plan, settings);
            result = result with { Plan = nightly.Plan };
            updated = PlannedActionsWriter.Splice(text, result.Plan.Actions, stack.Name);
        }
        catch (StackFileException e)
        {
            env.Error.WriteLine(e.Message);
            return ExitCodes.Invalid;
        }

        var request = result.Request;
        var (cost, costNote) = Estimate(result, stack);
        var handedBack = nightly.Fresh.Count == 0 ? result.Plan.Actions.Count : 0;
        PlanSummaryRenderer.Write(env.Out, result, request, cost, costNote, now is null ? env.Clock.GetCurrentInstant() : null, handedBack);
        if (trial is not null)
        {
            env.Out.WriteLine();
            env.Out.WriteLine(Describe(trial));
        }
        FrontierRenderer.Write(env.Out, result.Tuning, settings.Planner.Quantile, settings.Scaling, declined: trial is { Taken: false });
        PlanSummaryRenderer.WriteActions(env.Out, result.Plan);
        env.Out.WriteLine();

        if (dryRun)
        {
            if (updated == stack.File.Text) env.Out.WriteLine($"{stack.Name}: already holds this plan; nothing would change.");
            else env.Out.Write(UnidiffRenderer.GenerateUnidiff(stack.File.Text, updated, $"a/{stack.Name}", $"b/{stack.Name}", false, false, 3));
        }
        else if (updated == stack.File.Text)
            env.Out.WriteLine($"{stack.Name}: already holds this plan; left unchanged.");
        else
        {
            var bytes = Encoding.UTF8.GetBytes(updated);
            StackFileWriter.Replace(stack.Path, stack.File, stack.File.HasByteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
            env.Out.WriteLine($"{stack.Name}: wrote {result.Plan.Actions.Count} planned actions under `{PlannedActionsWriter.Key}`"
                              + (trial is not { Taken: true } ? "." : trial.PlannersOwn ? $" and the statistic under `{ScalingKeysWriter.PlannedStatisticKey}`." : " and the recommended tracking keys."));
        }
        env.Out.WriteLine(NightlyReportCommand.DeploySummary(nightly.Diff));
        if (trial is { Taken: true }) env.Out.WriteLine("It also changes the target-tracking policy to the new tracking (creates or deletes it where `scaling.targetTracking` changes).");
        return WriteOutputs(env, parsed, inputs, result, request, cost, handedBack, trial);
    }

    /// <summary>
    /// Tonight's plan with the tracking tonight may take (the planner's own statistic; with --apply-recommendations every
    /// recommendation): when one is taken, <paramref name="settings"/> and the returned stack text carry its keys; null
    /// with the exit code when the history cannot be planned.
    /// </summary>
    private static (PlanningResult? Result, RecommendationTrial? Trial, string Text) PlanTonight(CliEnvironment env, ParseResult parsed, PlanningInputs inputs,
        PlanningInputs.LoadedStack stack, DemandSeries history, Instant? now, bool applyRecommendations, ref StackSettings settings, out int exit)
    {
        var text = stack.File.Text;
        if (inputs.PlanTonight(env, parsed, history, settings.Scaling, settings.Planner, applyRecommendations, now, stack, out exit) is not { } planned)
            return (null, null, text);
        var (result, scaling, trial) = planned;
        if (trial is not { Taken: true }) return (result, trial, text);
        try
        {
            text = Write(text, trial.Changes, settings.Scaling, stack.Name);
            settings = settings with { Scaling = scaling };
            return (result, trial, text);
        }
        catch (StackFileException e)
        {
            // The plan is still worth writing: the change is reported, the stack's tracking left as it is.
            env.Error.WriteLine($"warning: the tracking change was not written, and the plan is made for the tracking the stack holds: {e.Message}");
            return (inputs.Plan(env, parsed, history, settings.Scaling, settings.Planner, now, stack, out exit), null, stack.File.Text);
        }
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="changes"/> written: a statistic the stack leaves to the planner under
    /// the planner's own <c>plannedStatistic</c>, the stack owner's keys under <c>scaling</c>.
    /// </summary>
    private static string Write(string text, IReadOnlyList<KeyValuePair<string, string>> changes, ScalingSettings scaling, string fileName)
    {
        bool PlannersOwn(KeyValuePair<string, string> change) => Recommendation.KeyName(change.Key, scaling.StatisticPinned) == "plannedStatistic";
        if (changes.FirstOrDefault(PlannersOwn) is { Key: not null } statistic)
            text = ScalingKeysWriter.SetPlannedStatistic(text, statistic.Value, fileName);
        var owners = changes.Where(c => !PlannersOwn(c)).ToList();
        return owners.Count == 0 ? text : ScalingKeysWriter.Set(text, owners, fileName);
    }

    /// <summary>What tonight did with the tracking it tried, in one sentence.</summary>
    private static string Describe(RecommendationTrial trial)
    {
        static string Point(CandidateScore s) => $"{s.Candidate.Name}, {s.SpillPercent:0.000} % at {s.CostRatio:0.000}×";
        var keys = FrontierRenderer.Keys(trial.Changes, trial.StatisticPinned);
        if (trial.PlannersOwn)
            return trial.Taken
                ? $"Changed the planner's statistic (`scaling.statistic` is unset; written under `{ScalingKeysWriter.PlannedStatisticKey}`): {keys}, measured better with any one replayed day left out; planned again with it: {Point(trial.After)} instead of {Point(trial.Before)}."
                : $"Kept the planner's statistic: {keys} was measured at {trial.Recommended.SpillPercent:0.000} % at {trial.Recommended.CostRatio:0.000}× on the coarser grid, "
                  + $"but planned again with it the rule chooses {Point(trial.After)}, which tonight's rule does not take over {Point(trial.Before)}.";
        return trial.Taken
            ? $"Applied the recommendation (--apply-recommendations): {keys}; planned again with it: {Point(trial.After)} instead of {Point(trial.Before)}."
            : $"Not applied (--apply-recommendations): {keys} was measured at {trial.Recommended.SpillPercent:0.000} % at {trial.Recommended.CostRatio:0.000}× on the recommendations' coarser grid, "
              + $"but planned again with it the rule chooses {Point(trial.After)}, which tonight's rule does not take over {Point(trial.Before)}; the stack's tracking is left as it is.";
    }

    internal static (PlanCostEstimate? Cost, string? Note) Estimate(PlanningResult result, PlanningInputs.LoadedStack stack)
    {
        var s = stack.Settings;
        try
        {
            var prices = PriceCatalog.For(stack.Region, s.Function.Architecture);
            return (PlanCostEstimator.Estimate(result.Plan, result.Forecast, result.Request, s.Function.MemoryMb, prices), null);
        }
        catch (UnknownPriceException e)
        {
            return (null, e.Message);
        }
    }

    internal static int WriteOutputs(CliEnvironment env, ParseResult parsed, PlanningInputs inputs, PlanningResult result, PlanRequest request, PlanCostEstimate? cost,
        int handedBack = 0, RecommendationTrial? trial = null)
    {
        if (parsed.GetValue(inputs.Json) is { } json)
        {
            File.WriteAllBytes(env.ResolveOutput(json), PlanJsonWriter.Render(result, request, cost, trial));
            env.Out.WriteLine($"Wrote {json}.");
        }
        if (parsed.GetValue(inputs.Chart) is { } chart)
        {
            PlanChartRenderer.Save(env.ResolveOutput(chart), result, handedBack: handedBack);
            env.Out.WriteLine($"Wrote {chart}.");
        }
        return ExitCodes.Success;
    }
}
