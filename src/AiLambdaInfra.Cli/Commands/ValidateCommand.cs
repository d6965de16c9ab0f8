using System.CommandLine;
using AiLambdaInfra.Scaling.StackFiles;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda validate [files…]</c>: checks stack files offline with the rules the stack applies, so CI and
/// pre-commit hooks can lint stack YAML without AWS or Pulumi. Lists every error; exit 1 when any file is invalid.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("stack-files")
        {
            Description = "Stack files to check. Defaults to every Pulumi.<stack>.yaml in the working directory.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("validate", "Check stack files with exactly the rules `pulumi up` applies.") { files };
        command.SetAction(parsed => Run(env, parsed.GetValue(files) ?? []));
        return command;
    }

    private static int Run(CliEnvironment env, string[] files)
    {
        if (files.Length == 0)
        {
            files = Directory.EnumerateFiles(env.WorkingDirectory, "Pulumi.*.yaml")
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                env.Error.WriteLine("error: no stack files given and no Pulumi.<stack>.yaml in the working directory.");
                return ExitCodes.Usage;
            }
        }

        var exit = ExitCodes.Success;
        foreach (var name in files)
        {
            StackFileSettings read;
            try
            {
                read = StackFileSettings.Read(StackFile.Load(env.Resolve(name), name));
            }
            catch (StackFileException e)
            {
                env.Error.WriteLine(e.Message);
                exit = Math.Max(exit, e.Unreadable ? ExitCodes.Usage : ExitCodes.Invalid);
                continue;
            }

            if (read.IsValid)
            {
                var s = read.Settings!;
                env.Out.WriteLine($"{Printable.Escape(name)}: valid (capacity {s.Scaling.Min}–{s.Scaling.Max}, {s.Scaling.ScheduledActions.Count} scheduled and {s.PlannedActions.Count} planned actions, {s.Scaling.Statistic}{(s.Scaling.StatisticPinned ? "" : " (the planner's)")} tracking at {s.Scaling.TargetUtilization:0.##}).");
                continue;
            }
            foreach (var line in read.ListedErrors())
                env.Error.WriteLine(line);
            env.Error.WriteLine($"{Printable.Escape(name)}: {read.Errors.Count} error{(read.Errors.Count == 1 ? "" : "s")}.");
            exit = Math.Max(exit, ExitCodes.Invalid);
        }
        return exit;
    }
}
