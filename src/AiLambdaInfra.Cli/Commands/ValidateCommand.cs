using System.CommandLine;

namespace AiLambdaInfra.Cli.Commands;

// Slot for the 'validate' command; its owner replaces this file.
public static class ValidateCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("validate", "(not built yet)");
        command.SetAction(_ => { env.Error.WriteLine("'validate' is not built yet."); return ExitCodes.Usage; });
        return command;
    }
}
