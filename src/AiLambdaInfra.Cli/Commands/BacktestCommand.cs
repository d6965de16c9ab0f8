using System.CommandLine;
using System.Globalization;
using AiLambdaInfra.Cli.Rendering;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Files;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using AiLambdaInfra.Scaling.StackFiles;
using AiLambdaInfra.Scaling.Validation;
using NodaTime;
using NodaTime.Text;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda backtest --trace &lt;file&gt;</c>: replays a demand trace walking forward (plan on the past only, play the
/// next period) against every policy of <see cref="PolicyNames.All"/> and prints spillover, cold starts, provisioned
/// unit-hours, utilization and cost for each. Exit 0 on success, 1 when the trace or the stack file is invalid or too
/// short, 2 on a usage error or an unreadable file.
/// </summary>
public static class BacktestCommand
{
    /// <summary>A trace may be as large as a history file: 64 MB holds more than a year of per-minute rows.</summary>
    private const long MaxTraceBytes = HistoryWindow.MaximumFileBytes;

    /// <summary>As many trace errors as a history file lists; the rest are counted.</summary>
    private const int MaxListedTraceErrors = 20;

    public static Command Create(CliEnvironment env)
    {
        var trace = new Option<string>("--trace") { Description = "Per-minute demand CSV: 'timestamp,<value>' rows, ISO-8601 UTC on whole minutes; missing minutes are absent rows.", Required = true };
        var kind = new Option<DemandKind>("--kind") { Description = "What the trace's values count: requests (per minute) or concurrency (mean concurrent executions). Defaults to requests.", DefaultValueFactory = _ => BacktestDefaults.Kind };
        var meanDuration = new Option<double>("--mean-duration-ms") { Description = $"Mean duration of one invocation in ms. Defaults to {BacktestDefaults.MeanDurationMs}.", DefaultValueFactory = _ => BacktestDefaults.MeanDurationMs };
        var memory = new Option<int?>("--memory-mb") { Description = $"Function memory in MB. Defaults to the stack file's, else {BacktestDefaults.MemoryMb}." };
        var region = new Option<string>("--region") { Description = $"AWS region whose prices apply. Defaults to {BacktestDefaults.Region}.", DefaultValueFactory = _ => BacktestDefaults.Region };
        var architecture = new Option<string?>("--architecture") { Description = $"arm64 or x86_64. Defaults to the stack file's, else {BacktestDefaults.Architecture}." };
        var p99 = new Option<double>("--p99-concurrency") { Description = $"Scale the trace so that its 99th percentile is this many concurrent executions; 0 keeps it as it is. Defaults to {BacktestDefaults.P99Concurrency}.", DefaultValueFactory = _ => BacktestDefaults.P99Concurrency };
        var learnDays = new Option<int>("--learn-days") { Description = $"Days at the start of the trace only learnt from. Defaults to {BacktestDefaults.LearnDays}.", DefaultValueFactory = _ => BacktestDefaults.LearnDays };
        var playDays = new Option<int>("--play-days") { Description = $"Days played and scored after them. Defaults to {BacktestDefaults.PlayDays}.", DefaultValueFactory = _ => BacktestDefaults.PlayDays };
        var replanHours = new Option<int>("--replan-hours") { Description = $"Hours between two planning runs (a nightly job: 24). Defaults to {BacktestDefaults.ReplanHours}.", DefaultValueFactory = _ => BacktestDefaults.ReplanHours };
        var initMs = new Option<double>("--init-ms") { Description = $"The function's init time in ms, added to every cold start. Defaults to {BacktestDefaults.InitMs} (an estimate until the handler's init is measured).", DefaultValueFactory = _ => BacktestDefaults.InitMs };
        var keepAlive = new Option<int>("--keep-alive-minutes") { Description = $"Minutes an idle on-demand environment stays warm. Defaults to {BacktestDefaults.KeepAliveMinutes}.", DefaultValueFactory = _ => BacktestDefaults.KeepAliveMinutes };
        var json = new Option<string?>("--json") { Description = "Also write the result as JSON to this file. Defaults to none." };
        var chart = new Option<string?>("--chart") { Description = "Also write a PNG chart to this file: demand against every policy's capacity over a week, and spill against cost with the frontier. Defaults to none." };
        var week = new Option<string?>("--week") { Description = "First day (ISO date, UTC) of the week the chart shows. Defaults to the first day played." };
        var applyRecommendations = new Option<bool>("--apply-recommendations")
        {
            Description = "Also play the product as it runs with `plan --apply-recommendations` nightly (row 'predictive + TT + recs'): each night takes the tracking the replay recommends. Defaults to off.",
        };
        var stackFile = new Option<string?>("--stack-file") { Description = "Take the scaling, planner and function settings from this stack file (e.g. Pulumi.prod.yaml). Defaults to none: the stack defaults with max 900." };

        var command = new Command("backtest", "Replay a demand trace against scaling policies, walking forward, and score spillover, cold starts and cost.")
        {
            trace, kind, meanDuration, memory, region, architecture, p99, learnDays, playDays, replanHours, initMs, keepAlive, json, chart, week, stackFile,
            applyRecommendations,
        };
        command.SetAction(parsed => Run(env, new Arguments(
            parsed.GetValue(trace)!, parsed.GetValue(kind), parsed.GetValue(meanDuration), parsed.GetValue(memory), parsed.GetValue(region)!,
            parsed.GetValue(architecture), parsed.GetValue(p99), parsed.GetValue(learnDays), parsed.GetValue(playDays), parsed.GetValue(replanHours),
            parsed.GetValue(initMs), parsed.GetValue(keepAlive), parsed.GetValue(json), parsed.GetValue(chart), parsed.GetValue(week), parsed.GetValue(stackFile),
            parsed.GetValue(applyRecommendations))));
        return command;
    }

    private sealed record Arguments(
        string Trace, DemandKind Kind, double MeanDurationMs, int? MemoryMb, string Region, string? Architecture, double P99,
        int LearnDays, int PlayDays, int ReplanHours, double InitMs, int KeepAliveMinutes, string? Json, string? Chart, string? Week, string? StackFile,
        bool ApplyRecommendations);

    private static int Run(CliEnvironment env, Arguments args)
    {
        var usage = new List<string>();
        if (!(args.MeanDurationMs > 0))
            usage.Add($"--mean-duration-ms must be greater than 0, got {args.MeanDurationMs.ToString(CultureInfo.InvariantCulture)}.");
        // Beyond these no Lambda function runs, and the costs would overflow to infinity.
        if (args.MeanDurationMs > HistoryWindow.MaximumMeanDurationMs || args.InitMs > HistoryWindow.MaximumMeanDurationMs)
            usage.Add($"--mean-duration-ms and --init-ms must be at most {HistoryWindow.MaximumMeanDurationMs:0} (Lambda's 15-minute timeout).");
        if (args.P99 > HistoryWindow.MaximumValue)
            usage.Add($"--p99-concurrency must be at most {HistoryWindow.MaximumValue:0.#e0}, got {args.P99.ToString(CultureInfo.InvariantCulture)}.");
        if (args.P99 < 0)
            usage.Add($"--p99-concurrency must be 0 or more, got {args.P99.ToString(CultureInfo.InvariantCulture)}.");
        if (args.InitMs < 0)
            usage.Add($"--init-ms must be 0 or more, got {args.InitMs.ToString(CultureInfo.InvariantCulture)}.");
        if (args.KeepAliveMinutes < 0)
            usage.Add($"--keep-alive-minutes must be 0 or more, got {args.KeepAliveMinutes}.");
        Instant? weekStart = null;
        if (args.Week is not null)
        {
            var parsedWeek = LocalDatePattern.Iso.Parse(args.Week);
            if (parsedWeek.Success)
                weekStart = parsedWeek.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            else
                usage.Add($"--week must be an ISO date like 2015-04-06, got '{args.Week}'.");
        }

        StackSettings? stack = null;
        if (args.StackFile is not null)
        {
            try
            {
                var read = StackFileSettings.Read(StackFile.Load(env.Resolve(args.StackFile), args.StackFile));
                if (!read.IsValid)
                {
                    foreach (var error in read.ListedErrors())
                        env.Error.WriteLine(error);
                    return ExitCodes.Invalid;
                }
                stack = read.Settings;
            }
            catch (StackFileException e)
            {
                env.Error.WriteLine($"error: {e.Message}");
                return e.Line is null ? ExitCodes.Usage : ExitCodes.Invalid;
            }
        }

        var memoryMb = args.MemoryMb ?? stack?.Function.MemoryMb ?? BacktestDefaults.MemoryMb;
        var architecture = args.Architecture ?? stack?.Function.Architecture ?? BacktestDefaults.Architecture;
        if (memoryMb is < Scaling.Aws.AwsLimits.MinMemoryMb or > Scaling.Aws.AwsLimits.MaxMemoryMb)
            usage.Add($"--memory-mb must be between {Scaling.Aws.AwsLimits.MinMemoryMb} and {Scaling.Aws.AwsLimits.MaxMemoryMb}, got {memoryMb}.");
        LambdaPrices? prices = null;
        try
        {
            prices = PriceCatalog.For(args.Region, architecture);
        }
        catch (UnknownPriceException e)
        {
            usage.AddRange(e.Message.Split(Environment.NewLine));
        }
        if (usage.Count > 0)
        {
            foreach (var problem in usage)
                env.Error.WriteLine($"error: {problem}");
            return ExitCodes.Usage;
        }

        DemandTrace raw;
        try
        {
            var path = env.Resolve(args.Trace);
            if (Directory.Exists(path))
            {
                env.Error.WriteLine($"error: cannot read trace {Printable.Quoted(args.Trace)}: it is a directory. Pass the CSV file inside it.");
                return ExitCodes.Usage;
            }
            // Bounded by the bytes read, so a pipe or a device cannot make the backtest hold more than a trace may be.
            var bytes = BoundedFile.ReadAtMost(path, (int)MaxTraceBytes + 1);
            if (bytes.Length > MaxTraceBytes)
            {
                env.Error.WriteLine($"error: cannot read trace {Printable.Quoted(args.Trace)}: it holds more than {MaxTraceBytes / (1024 * 1024)} MB, more than a year of per-minute rows. Cut it to the days to replay.");
                return ExitCodes.Usage;
            }
            raw = TraceReader.Read(System.Text.Encoding.UTF8.GetString(bytes), args.Trace);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"error: cannot read trace '{args.Trace}': {e.Message}");
            return ExitCodes.Usage;
        }
        catch (TraceFormatException e)
        {
            foreach (var error in e.Errors.Take(MaxListedTraceErrors))
                env.Error.WriteLine(Printable.Escape(error));
            if (e.Errors.Count > MaxListedTraceErrors)
                env.Error.WriteLine($"{Printable.Escape(args.Trace)}: … and {e.Errors.Count - MaxListedTraceErrors} more errors, not listed.");
            return ExitCodes.Invalid;
        }

        var meanDurationSeconds = args.MeanDurationMs / 1000;
        var demand = ConcurrencyDemand.From(raw, args.Kind, meanDurationSeconds);
        var scaleFactor = 1d;
        if (args.P99 > 0)
        {
            var p99Before = ConcurrencyDemand.Percentile(demand.Concurrency.Values, 0.99);
            if (!(p99Before > 0))
            {
                env.Error.WriteLine($"{args.Trace}: the trace's 99th percentile is 0, so it cannot be scaled to --p99-concurrency {args.P99.ToString(CultureInfo.InvariantCulture)}.");
                return ExitCodes.Invalid;
            }
            scaleFactor = args.P99 / p99Before;
            var peak = demand.Concurrency.Values.Where(double.IsFinite).DefaultIfEmpty(0).Max();
            if (!double.IsFinite(scaleFactor) || peak * scaleFactor > HistoryWindow.MaximumValue)
            {
                env.Error.WriteLine($"{args.Trace}: scaling the trace's 99th percentile ({p99Before.ToString("G3", CultureInfo.InvariantCulture)}) to --p99-concurrency {args.P99.ToString(CultureInfo.InvariantCulture)} would lift its peak above {HistoryWindow.MaximumValue:0.#e0}; the trace is mostly near-zero values. Pass --p99-concurrency 0 to keep it as it is.");
                return ExitCodes.Invalid;
            }
            demand = demand.ScaledToP99(args.P99);
        }

        var scaling = stack?.Scaling ?? BacktestDefaults.Scaling;
        var planner = stack?.Planner ?? new PlannerSettings();
        var request = new BacktestRequest(demand, new Workload(meanDurationSeconds, memoryMb), prices!, args.LearnDays, args.PlayDays,
            args.ReplanHours, scaling, planner, args.KeepAliveMinutes, args.InitMs);
        var invalid = WalkForward.Validate(request);
        if (invalid.Count > 0)
        {
            foreach (var problem in invalid)
                env.Error.WriteLine($"{args.Trace}: {problem}");
            return ExitCodes.Invalid;
        }

        BacktestResult result;
        try
        {
            result = WalkForward.Run(request, PredictivePlanner.For(request), new ProgressWriter(env.Error),
                args.ApplyRecommendations ? PredictivePlanner.For(request, applyRecommendations: true) : null);
        }
        catch (InsufficientHistoryException e)
        {
            env.Error.WriteLine($"{args.Trace}: the planner cannot forecast from the learn period: {e.Message}");
            return ExitCodes.Invalid;
        }
        catch (ArgumentException e)
        {
            // Settings the planner cannot work with; the message names the key.
            env.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Invalid;
        }

        var report = new BacktestReport(Path.GetFileName(args.Trace), args.Kind, scaleFactor,
            ConcurrencyDemand.Percentile(demand.Concurrency.Values, 0.99), request, result);
        env.Out.Write(BacktestTable.Render(report));
        if (args.Json is not null)
        {
            File.WriteAllText(env.ResolveOutput(args.Json), BacktestJson.Render(report));
            env.Out.WriteLine($"Wrote {args.Json}.");
        }
        if (args.Chart is not null)
        {
            BacktestChart.Save(report, weekStart ?? result.Played.Concurrency.Start, env.ResolveOutput(args.Chart));
            env.Out.WriteLine($"Wrote {args.Chart}.");
        }
        return ExitCodes.Success;
    }

    // Progress goes to standard error, so that standard output stays the table alone.
    private sealed class ProgressWriter(TextWriter error) : IProgress<BacktestProgress>
    {
        public void Report(BacktestProgress value) => error.WriteLine($"[{value.Step}/{value.Steps}] {value.What}");
    }
}
