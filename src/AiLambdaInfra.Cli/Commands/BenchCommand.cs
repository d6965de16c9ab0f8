using System.CommandLine;

namespace AiLambdaInfra.Cli.Commands;

// Slot for the 'bench' command; its owner replaces this file.
public static class BenchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("bench", "(not built yet)");
        command.SetAction(_ => { env.Error.WriteLine("'bench' is not built yet."); return ExitCodes.Usage; });
        return command;
    }
}
