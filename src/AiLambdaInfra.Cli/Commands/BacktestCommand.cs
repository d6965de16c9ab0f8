using System.CommandLine;

namespace AiLambdaInfra.Cli.Commands;

// Slot for the 'backtest' command; its owner replaces this file.
public static class BacktestCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("backtest", "(not built yet)");
        command.SetAction(_ => { env.Error.WriteLine("'backtest' is not built yet."); return ExitCodes.Usage; });
        return command;
    }
}
