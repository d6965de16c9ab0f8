using System.CommandLine;
using System.Text;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using AiLambdaInfra.Scaling.Tuning;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>The options <c>forecast</c> and <c>plan</c> share, and how they read their files.</summary>
internal sealed class PlanningInputs
{
    public Option<string> History { get; } = new("--history")
    {
        Description = "The function's history: the JSON 'aws cloudwatch get-metric-data' prints (pages may follow one another) or CSV 'timestamp,value'.",
        Required = true,
    };

    public Option<string?> Format { get; } = new Option<string?>("--format")
    {
        Description = "cloudwatch-json or csv. Defaults to guessing from the first character of the file.",
    }.AcceptOnlyFromAmong("cloudwatch-json", "csv");

    public Option<string> Metric { get; } = new Option<string>("--metric")
    {
        Description = "concurrency (ConcurrentExecutions, Maximum) or invocations (Invocations, Sum per sample; needs --mean-duration-ms). Defaults to concurrency.",
        DefaultValueFactory = _ => "concurrency",
    }.AcceptOnlyFromAmong("concurrency", "invocations");

    public Option<double?> MeanDurationMs { get; } = new("--mean-duration-ms")
    {
        Description = "Mean duration of one invocation in ms, to turn invocations into concurrency by Little's law.",
    };

    public Option<string?> Now { get; } = new("--now")
    {
        Description = "ISO-8601 instant the plan starts at; history after it is ignored. Defaults to the end of the history.",
    };

    public Option<string?> Json { get; } = new("--json") { Description = "Write the actions, the expanded timeline (planned and your own actions merged), the forecast and the self-tuning's frontier as JSON to this file." };

    public Option<string?> Chart { get; } = new("--chart") { Description = "Write a PNG chart of history, forecast band and planned capacity, and the self-tuning's frontier, to this file." };

    public void AddTo(Command command)
    {
        command.Options.Add(History);
        command.Options.Add(Format);
        command.Options.Add(Metric);
        command.Options.Add(MeanDurationMs);
        command.Options.Add(Now);
        command.Options.Add(Json);
        command.Options.Add(Chart);
    }

    /// <summary>
    /// Reads the history named on the command line; prints errors and returns the exit code on failure. With
    /// <paramref name="planner"/>, a --now more than <c>planner.historyDays</c> after the history's end is refused.
    /// </summary>
    public DemandSeries? ReadHistory(CliEnvironment env, ParseResult parsed, out int exit, PlannerSettings? planner = null)
    {
        var name = parsed.GetValue(History)!;
        var options = new HistoryReadOptions
        {
            Format = parsed.GetValue(Format) switch { "csv" => HistoryFormat.Csv, "cloudwatch-json" => HistoryFormat.CloudWatchJson, _ => null },
            Metric = parsed.GetValue(Metric) == "invocations" ? HistoryMetric.Invocations : HistoryMetric.Concurrency,
            MeanDurationMs = parsed.GetValue(MeanDurationMs),
            CurrentTime = env.Clock.GetCurrentInstant(),
            PlanStart = IsoTimestamp.TryParse(parsed.GetValue(Now), out var start) ? start : null,
            HistoryDays = (planner ?? new PlannerSettings()).HistoryDays,
        };
        var result = HistoryReader.Load(env.Resolve(name), options, name);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors) env.Error.WriteLine(error);
            exit = result.Errors.Any(e => e.Message.StartsWith(HistoryReader.UnreadablePrefix, StringComparison.Ordinal)) ? ExitCodes.Usage : ExitCodes.Invalid;
            return null;
        }
        exit = ExitCodes.Success;
        return result.Series;
    }

    /// <summary>
    /// Forecasts and plans as <c>plan</c>, <c>forecast</c> and <c>nightly-report</c> all do, self-tuned with this run's
    /// options; history or settings the planner cannot use are reported against the history file, and the result is null.
    /// </summary>
    public PlanningResult? Plan(CliEnvironment env, ParseResult parsed, DemandSeries history, ScalingSettings scaling, PlannerSettings planner,
        Instant? now, LoadedStack? stack, out int exit) =>
        Guard(env, parsed, () => PlanningPipeline.Run(history, scaling, planner, now, tuning: Tuning(parsed, stack)), out exit);

    /// <summary>As <see cref="Plan"/>, as the nightly job plans: taking the tracking tonight may take (<see cref="PlanningPipeline.RunTonight"/>).</summary>
    public (PlanningResult Result, ScalingSettings Scaling, RecommendationTrial? Trial)? PlanTonight(CliEnvironment env, ParseResult parsed,
        DemandSeries history, ScalingSettings scaling, PlannerSettings planner, bool applyRecommendations, Instant? now, LoadedStack? stack, out int exit) =>
        Guard<(PlanningResult, ScalingSettings, RecommendationTrial?)?>(env, parsed,
            () => PlanningPipeline.RunTonight(history, scaling, planner, applyRecommendations, now, Tuning(parsed, stack)), out exit);

    private T? Guard<T>(CliEnvironment env, ParseResult parsed, Func<T> plan, out int exit)
    {
        exit = ExitCodes.Success;
        try
        {
            return plan();
        }
        catch (Exception e) when (e is InsufficientHistoryException or ArgumentException)
        {
            env.Error.WriteLine($"{parsed.GetValue(History)}: {e.Message}");
            exit = ExitCodes.Invalid;
            return default;
        }
    }

    /// <summary>
    /// What the self-tuning prices and models: the stack's memory and prices (the defaults without a stack file or for a
    /// region without prices), the --mean-duration-ms for the requests behind the concurrency, and, for invocations turned
    /// into mean concurrency, the within-minute peak the Maximum statistic sees; ConcurrentExecutions is already a maximum.
    /// </summary>
    public TuningContext Tuning(ParseResult parsed, LoadedStack? stack)
    {
        var context = new TuningContext();
        var meanMs = parsed.GetValue(MeanDurationMs);
        if (meanMs is > 0)
            context = context with { MeanDurationSeconds = meanMs.Value / 1000 };
        if (parsed.GetValue(Metric) == "invocations" && meanMs is > 0)
            context = context with { Peak = mean => MinutePeak.Estimate(mean, meanMs.Value / 1000) };
        if (stack is null) return context;
        context = context with { MemoryMb = stack.Settings.Function.MemoryMb };
        try
        {
            return context with { Prices = PriceCatalog.For(stack.Region, stack.Settings.Function.Architecture) };
        }
        catch (UnknownPriceException)
        {
            return context;
        }
    }

    /// <summary>The --now instant, or null; prints an error and sets the exit code when it does not parse.</summary>
    public bool TryReadNow(CliEnvironment env, ParseResult parsed, out Instant? now, out int exit)
    {
        now = null;
        exit = ExitCodes.Success;
        var text = parsed.GetValue(Now);
        if (text is null) return true;
        if (IsoTimestamp.TryParse(text, out var instant))
        {
            now = instant;
            return true;
        }
        env.Error.WriteLine($"error: --now '{text}' is not an ISO-8601 instant such as 2026-11-30T06:00:00Z.");
        exit = ExitCodes.Usage;
        return false;
    }

    /// <summary>A stack file as bytes and text, with its settings checked; prints errors and sets the exit code on failure.</summary>
    public static LoadedStack? ReadStack(CliEnvironment env, string name, out int exit)
    {
        var path = env.Resolve(name);
        try
        {
            var file = StackFile.Load(path, name);
            if (!file.HasConfigKey(StackSettingsLoader.ConfigNamespace + ":scaling"))
            {
                env.Error.WriteLine($"{name}: has no `{StackSettingsLoader.ConfigNamespace}:scaling` section under `config:`; add one (at least `min` and `max`) before planning.");
                exit = ExitCodes.Invalid;
                return null;
            }
            var read = StackFileSettings.Read(file);
            if (!read.IsValid)
            {
                foreach (var error in read.ListedErrors()) env.Error.WriteLine(error);
                env.Error.WriteLine($"{name}: {read.Errors.Count} error{(read.Errors.Count == 1 ? "" : "s")}; fix them (see 'ailambda validate') before planning.");
                exit = ExitCodes.Invalid;
                return null;
            }
            exit = ExitCodes.Success;
            return new LoadedStack(name, path, file, read.Settings!);
        }
        catch (StackFileException e)
        {
            env.Error.WriteLine(e.Message);
            exit = e.Unreadable ? ExitCodes.Usage : ExitCodes.Invalid;
            return null;
        }
    }

    /// <summary>A stack file read for planning.</summary>
    internal sealed record LoadedStack(string Name, string Path, StackFile File, StackSettings Settings)
    {
        /// <summary>The stack's region for prices; <see cref="PriceCatalog.DefaultRegion"/> when the file names none.</summary>
        public string Region => File.GetString("aws:region") ?? PriceCatalog.DefaultRegion;
    }
}
