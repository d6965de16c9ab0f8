using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using AiLambdaInfra.Cli.Commands;
using AiLambdaInfra.Scaling.Files;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Cli;

/// <summary>The command tree of the <c>ailambda</c> tool. Exit codes: see <see cref="ExitCodes"/>.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        env = env with { Out = new EscapingWriter(env.Out), Error = new EscapingWriter(env.Error) };
        try
        {
            return Invoke(args, env);
        }
        catch (StackFileException e)
        {
            // A stack file refused after the command's own checks (e.g. changed on disk before plan could write it).
            env.Error.WriteLine(e.Message);
            return e.Unreadable ? ExitCodes.Usage : ExitCodes.Invalid;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file named on the command line could not be read or written: say which, without a stack trace.
            env.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OutOfMemoryException)
        {
            env.Error.WriteLine("error: out of memory. The input is larger than this machine can hold; split it or pass less of it.");
            return ExitCodes.Internal;
        }
        catch (Exception e)
        {
            // Last resort: every input problem has its own message and exit 1 or 2; reaching here is a fault of the tool.
            env.Error.WriteLine($"error: internal error ({e.GetType().Name}: {e.Message}). This is a bug in ailambda, not in your input's format; please report it with the command line.");
            return ExitCodes.Internal;
        }
    }

    private static int Invoke(string[] args, CliEnvironment env)
    {
        var root = new RootCommand("AiLambdaInfra: validate stack files, forecast demand, plan provisioned concurrency and backtest scaling policies, offline.");
        root.Subcommands.Add(ValidateCommand.Create(env));
        root.Subcommands.Add(ForecastCommand.Create(env));
        root.Subcommands.Add(PlanCommand.Create(env));
        root.Subcommands.Add(BacktestCommand.Create(env));
        root.Subcommands.Add(BenchCommand.Create(env));
        root.Subcommands.Add(NightlyReportCommand.Create(env));

        var parsed = root.Parse(args);
        var problems = parsed.Errors.Select(Located).Concat(NonFiniteNumbers(parsed)).Concat(OutputProblems(parsed, env)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                env.Error.WriteLine($"error: {problem}");
            env.Error.WriteLine("Run 'ailambda --help' for usage.");
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false };
        return parsed.Invoke(config);
    }

    /// <summary>The options of every command that name a file to write.</summary>
    private static readonly string[] OutputOptions = ["--json", "--chart"];

    /// <summary>The options of every command that name a file to read (plan also rewrites its stack file).</summary>
    private static readonly string[] InputOptions = ["--stack-file", "--history", "--trace"];

    /// <summary>
    /// Outputs that cannot be written, or would overwrite a file the command reads (or another output), are refused
    /// before the command runs, so that <c>plan</c> never writes the stack file and then fails on its <c>--json</c>, and
    /// <c>--json</c> naming the stack file cannot destroy it.
    /// </summary>
    private static IEnumerable<string> OutputProblems(ParseResult parsed, CliEnvironment env)
    {
        var files = parsed.CommandResult.Children.OfType<OptionResult>()
            .Where(o => OutputOptions.Contains(o.Option.Name) || InputOptions.Contains(o.Option.Name))
            .SelectMany(o => o.Tokens.Select(t => (o.Option.Name, t.Value, Output: OutputOptions.Contains(o.Option.Name))))
            .ToList();
        var seen = new List<(string Name, string Value, string Real)>();
        foreach (var (name, value, output) in files.OrderBy(f => f.Output))
        {
            var full = value.Length == 0 ? "" : env.Resolve(value);
            if (output && UnwritableOutput(name, value, full) is { } problem)
            {
                yield return problem;
                continue;
            }
            var real = full.Length == 0 ? "" : FilePaths.Real(full);
            if (output && seen.FirstOrDefault(s => s.Real == real) is { Name: not null } same)
                yield return $"{name} '{value}' names the same file as {same.Name} '{same.Value}', which it would overwrite; write {name} to a file of its own, such as reports/plan.json.";
            seen.Add((name, value, real));
        }
    }

    /// <summary>Why an output cannot be written: it is a directory, or a file stands where its folder must be.</summary>
    private static string? UnwritableOutput(string name, string value, string full)
    {
        if (value.Length == 0 || Directory.Exists(full))
            return $"{name} '{value}' is a directory; name a file to write, such as reports/plan.json.";
        for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder)) return null;
            if (File.Exists(folder))
                return $"{name} '{value}' cannot be written: '{folder}' is a file, not a folder. Name a file in a folder, such as reports/plan.json.";
        }
        return null;
    }

    /// <summary>A parse error that names the option it is about ("Argument 'xml' not recognized" alone does not).</summary>
    private static string Located(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            _ => null,
        };
        return option is null || error.Message.Contains(option, StringComparison.Ordinal) ? error.Message : $"{option}: {error.Message}";
    }

    /// <summary>
    /// .NET reads "Infinity", "NaN" and "1e999" as numbers; no option of this tool means anything by them, and one that
    /// reached the pipeline would turn a forecast into NaN and a plan into nonsense. So they are usage errors here, for
    /// every number option of every command at once.
    /// </summary>
    private static IEnumerable<string> NonFiniteNumbers(ParseResult parsed)
    {
        for (SymbolResult? result = parsed.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command) continue;
            foreach (var option in command.Children.OfType<OptionResult>())
            {
                if (option.Option.ValueType != typeof(double) && option.Option.ValueType != typeof(double?)) continue;
                foreach (var token in option.Tokens)
                    if (double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsFinite(value))
                        yield return $"{option.Option.Name} must be a finite number, got '{token.Value}'.";
            }
        }
    }
}
