using System.CommandLine;
using AiLambdaInfra.Cli.Commands;

namespace AiLambdaInfra.Cli;

/// <summary>The command tree of the <c>ailambda</c> tool. Exit codes: see <see cref="ExitCodes"/>.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        var root = new RootCommand("AiLambdaInfra: validate stack files, forecast demand, plan provisioned concurrency and backtest scaling policies, offline.");
        root.Subcommands.Add(ValidateCommand.Create(env));
        root.Subcommands.Add(ForecastCommand.Create(env));
        root.Subcommands.Add(PlanCommand.Create(env));
        root.Subcommands.Add(BacktestCommand.Create(env));
        root.Subcommands.Add(BenchCommand.Create(env));
        root.Subcommands.Add(NightlyReportCommand.Create(env));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                env.Error.WriteLine($"error: {error.Message}");
            env.Error.WriteLine("Run 'ailambda --help' for usage.");
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return parsed.Invoke(config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file named on the command line could not be read or written: say which, without a stack trace.
            env.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
