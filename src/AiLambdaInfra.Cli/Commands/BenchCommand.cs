using System.CommandLine;
using System.Diagnostics;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Statistics;
using NodaTime;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda bench</c>: plans a batch of functions, each from a file of 14 days of 1-minute CloudWatch JSON (20,160
/// points), and reports two figures apart: the time one function takes on one core (the functions one after another,
/// reading the file, parsing, forecasting, self-tuning and planning as `plan` does, with the planner's statistic), and the batch's throughput with
/// <c>--parallelism</c> functions at once. The histories are synthetic (daily and weekly cycles, noise, spikes, gaps),
/// generated from fixed seeds and written to a temporary folder outside the timings. Progress goes to stderr.
/// </summary>
public static class BenchCommand
{
    /// <summary>What one function may take on one core, self-tuning included.</summary>
    private const double TargetMsPerFunction = 40;

    public static Command Create(CliEnvironment env)
    {
        var functions = new Option<int>("--functions") { Description = "Functions in the batch. Defaults to 200.", DefaultValueFactory = _ => 200 };
        var parallelism = new Option<int>("--parallelism") { Description = "Functions planned at once in the throughput run. Defaults to 2.", DefaultValueFactory = _ => 2 };
        var days = new Option<int>("--days") { Description = "Days of 1-minute history per function. Defaults to 14 (20,160 points).", DefaultValueFactory = _ => 14 };
        var command = new Command("bench", "Time reading, forecasting, self-tuning and planning: per function on one core, and throughput.") { functions, parallelism, days };
        command.SetAction(parsed => Run(env, parsed.GetValue(functions), parsed.GetValue(parallelism), parsed.GetValue(days)));
        return command;
    }

    private static int Run(CliEnvironment env, int functions, int parallelism, int days)
    {
        // The batch is written to disk (about 1 MB a function and 14 days, 4 MB at 60) and timed one by one: 500 functions are
        // minutes of work already, and more would only fill the disk.
        if (functions is < 1 or > 500 || parallelism is < 1 or > 64 || days is < 2 or > 60)
        {
            env.Error.WriteLine("error: --functions must be 1–500, --parallelism 1–64, --days 2–60.");
            return ExitCodes.Usage;
        }
        var end = Instant.FromUtc(2026, 11, 30, 0, 0);
        var points = days * 24 * 60;
        var scaling = new ScalingSettings { Min = 1, Max = 900 };
        var planner = new PlannerSettings();
        var folder = Directory.CreateTempSubdirectory("ailambda-bench-");
        try
        {
            var paths = new string[functions];
            long bytes = 0;
            for (var i = 0; i < functions; i++)
            {
                paths[i] = Path.Combine(folder.FullName, $"function-{i}.json");
                var json = BenchHistory.Json(i, end, points);
                File.WriteAllBytes(paths[i], json);
                bytes += json.Length;
            }
            env.Error.WriteLine($"bench: generated {functions} histories");

            // Warm up the code paths so the first function does not pay for JIT compilation.
            PlanningPipeline.RunTonight(HistoryReader.Load(paths[0], new HistoryReadOptions()).Series!, scaling, planner, applyRecommendations: false);

            var readMs = new double[functions];
            var planMs = new double[functions];
            var actions = new int[functions];
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < functions; i++)
            {
                var watch = Stopwatch.StartNew();
                var series = HistoryReader.Load(paths[i], new HistoryReadOptions()).Series!;
                readMs[i] = watch.Elapsed.TotalMilliseconds;
                actions[i] = PlanningPipeline.RunTonight(series, scaling, planner, applyRecommendations: false).Result.Plan.Actions.Count;
                planMs[i] = watch.Elapsed.TotalMilliseconds - readMs[i];
                if ((i + 1) % Math.Max(1, functions / 10) == 0 || i + 1 == functions)
                    env.Error.WriteLine($"bench: {i + 1}/{functions} functions planned on one core");
            }

            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / functions;
            var done = 0;
            var wall = Stopwatch.StartNew();
            Parallel.For(0, functions, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            {
                PlanningPipeline.RunTonight(HistoryReader.Load(paths[i], new HistoryReadOptions()).Series!, scaling, planner, applyRecommendations: false);
                var n = Interlocked.Increment(ref done);
                if (n % Math.Max(1, functions / 10) == 0 || n == functions)
                    lock (env.Error) env.Error.WriteLine($"bench: {n}/{functions} functions planned, {parallelism} at a time");
            });
            wall.Stop();

            var total = readMs.Zip(planMs, (r, p) => r + p).ToArray();
            var o = env.Out;
            o.WriteLine($"Batch: {functions} functions × {points:N0} one-minute points ({days} days of CloudWatch JSON, {bytes / functions / 1024} KiB each), on a machine with {Environment.ProcessorCount} cores.");
            o.WriteLine("Per function on one core (one after another):");
            o.WriteLine($"  {"",-40} {"median",9} {"p95",9} {"mean",9}");
            Row(o, "read the file and parse the JSON", readMs);
            Row(o, "forecast + self-tuning replay + plan", planMs);
            Row(o, "total", total);
            string Verdict(double ms) => ms <= TargetMsPerFunction ? "met" : "not met";
            o.WriteLine($"  Processor time of the process per function, all of the above: {cpuMs:0.0} ms (less sensitive to other processes than the clock).");
            o.WriteLine($"  Target: ≤ {TargetMsPerFunction:0} ms per function in all: {Verdict(cpuMs)} in processor time ({cpuMs:0.0} ms), {Verdict(Median(total))} on the wall clock (median {Median(total):0.0} ms).");
            o.WriteLine($"Throughput: {functions / wall.Elapsed.TotalSeconds:0.0} functions/s with {parallelism} at a time ({functions} in {wall.Elapsed.TotalSeconds:0.00} s wall clock, reading included).");
            o.WriteLine("Wall-clock figures grow when other processes share the cores: quote medians of several runs.");
            o.WriteLine($"Plans: {actions.Average():0.#} actions on average (max {actions.Max()}).");
            return ExitCodes.Success;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double Median(double[] values) => RobustStats.Quantile(values.ToArray(), 0.5);

    private static void Row(TextWriter o, string label, double[] ms) =>
        o.WriteLine($"  {label,-40} {Median(ms),7:0.00}ms {RobustStats.Quantile(ms.ToArray(), 0.95),7:0.00}ms {ms.Average(),7:0.00}ms");
}
