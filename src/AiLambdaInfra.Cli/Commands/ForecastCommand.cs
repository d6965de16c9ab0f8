using System.CommandLine;

namespace AiLambdaInfra.Cli.Commands;

// Slot for the 'forecast' command; its owner replaces this file.
public static class ForecastCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("forecast", "(not built yet)");
        command.SetAction(_ => { env.Error.WriteLine("'forecast' is not built yet."); return ExitCodes.Usage; });
        return command;
    }
}
