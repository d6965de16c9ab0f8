using System.CommandLine;

namespace AiLambdaInfra.Cli.Commands;

// Slot for the 'plan' command; its owner replaces this file.
public static class PlanCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("plan", "(not built yet)");
        command.SetAction(_ => { env.Error.WriteLine("'plan' is not built yet."); return ExitCodes.Usage; });
        return command;
    }
}
