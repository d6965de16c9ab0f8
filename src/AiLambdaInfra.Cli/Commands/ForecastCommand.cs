using System.CommandLine;
using AiLambdaInfra.Cli.Rendering;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda forecast --history history.json [--stack-file Pulumi.prod.yaml]</c>: prints the forecast and the actions
/// a plan would schedule, and changes nothing. Without a stack file the default scaling and planner settings are used.
/// </summary>
public static class ForecastCommand
{
    public static Command Create(CliEnvironment env)
    {
        var inputs = new PlanningInputs();
        var stackFile = new Option<string?>("--stack-file") { Description = "A Pulumi.<stack>.yaml whose scaling and planner settings to use (read only). Defaults to the default settings." };
        var command = new Command("forecast", "Forecast concurrency from CloudWatch history and show what a plan would schedule; changes nothing.");
        command.Options.Add(stackFile);
        inputs.AddTo(command);
        command.SetAction(parsed => Run(env, parsed, inputs, parsed.GetValue(stackFile)));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parsed, PlanningInputs inputs, string? stackName)
    {
        if (!inputs.TryReadNow(env, parsed, out var now, out var exit)) return exit;
        PlanningInputs.LoadedStack? stack = null;
        if (stackName is not null)
        {
            stack = PlanningInputs.ReadStack(env, stackName, out exit);
            if (stack is null) return exit;
        }
        var scaling = stack?.Settings.Scaling ?? new ScalingSettings();
        var planner = stack?.Settings.Planner ?? new PlannerSettings();
        var history = inputs.ReadHistory(env, parsed, out exit, planner);
        if (history is null) return exit;

        var result = inputs.Plan(env, parsed, history, scaling, planner, now, stack, out exit);
        if (result is null) return exit;
        if (stack is null)
            env.Out.WriteLine($"No --stack-file: using the default settings (capacity {scaling.Min}–{scaling.Max}, target utilization {scaling.TargetUtilization}, time zone {scaling.Timezone}).");
        var request = result.Request;
        var (cost, note) = stack is null ? (null, "pass --stack-file for the region, architecture and memory to price.") : PlanCommand.Estimate(result, stack);
        PlanSummaryRenderer.Write(env.Out, result, request, cost, note, now is null ? env.Clock.GetCurrentInstant() : null);
        FrontierRenderer.Write(env.Out, result.Tuning, planner.Quantile, scaling);
        ForecastTableRenderer.Write(env.Out, result.Forecast, result.Plan);
        env.Out.WriteLine();
        env.Out.WriteLine("Would schedule (nothing written):");
        PlanSummaryRenderer.WriteActions(env.Out, result.Plan);
        return PlanCommand.WriteOutputs(env, parsed, inputs, result, request, cost);
    }
}
