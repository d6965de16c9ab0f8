using System.CommandLine;
using System.Diagnostics;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Statistics;
using NodaTime;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// <c>ailambda bench</c>: plans a batch of functions, each from 14 days of 1-minute CloudWatch JSON (20,160 points),
/// and prints the time per function and the batch throughput next to the time it takes only to parse the input.
/// The histories are synthetic (daily and weekly cycles, noise, spikes, gaps) and generated from a fixed seed, outside
/// the timings. Progress goes to stderr.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var functions = new Option<int>("--functions") { Description = "Functions in the batch. Defaults to 1000.", DefaultValueFactory = _ => 1000 };
        var parallelism = new Option<int>("--parallelism") { Description = "Functions planned at once. Defaults to 2 (the cores the target is stated for).", DefaultValueFactory = _ => 2 };
        var days = new Option<int>("--days") { Description = "Days of 1-minute history per function. Defaults to 14 (20,160 points).", DefaultValueFactory = _ => 14 };
        var command = new Command("bench", "Time parsing, forecasting and planning for a batch of functions.") { functions, parallelism, days };
        command.SetAction(parsed => Run(env, parsed.GetValue(functions), parsed.GetValue(parallelism), parsed.GetValue(days)));
        return command;
    }

    private static int Run(CliEnvironment env, int functions, int parallelism, int days)
    {
        if (functions < 1 || parallelism < 1 || days is < 2 or > 60)
        {
            env.Error.WriteLine("error: --functions and --parallelism must be at least 1, --days 2–60.");
            return ExitCodes.Usage;
        }
        var end = Instant.FromUtc(2026, 11, 30, 0, 0);
        var points = days * 24 * 60;
        var scaling = new ScalingSettings { Min = 1, Max = 900 };
        var planner = new PlannerSettings();

        // Warm up the code paths so the first functions do not pay for JIT compilation.
        var warm = BenchHistory.Json(-1, end, points);
        PlanningPipeline.Run(HistoryReader.Parse(warm, "warm-up", new()).Series!, scaling, planner);

        var inputs = new byte[functions][];
        Parallel.For(0, functions, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => inputs[i] = BenchHistory.Json(i, end, points));
        env.Error.WriteLine($"bench: generated {functions} histories");

        var series = new DemandSeries[functions];
        var parse = Phase(env, "parsed", functions, parallelism, i => series[i] = HistoryReader.Parse(inputs[i], $"function-{i}", new HistoryReadOptions()).Series!);
        var actions = new int[functions];
        var plan = Phase(env, "planned", functions, parallelism, i => actions[i] = PlanningPipeline.Run(series[i], scaling, planner).Plan.Actions.Count);

        var o = env.Out;
        o.WriteLine($"Batch: {functions} functions × {points:N0} one-minute points ({days} days of CloudWatch JSON, {inputs.Average(b => b.Length) / 1024:0} KiB each), {parallelism} at a time on {Environment.ProcessorCount} cores.");
        o.WriteLine($"{"per function",-18} {"mean",9} {"p50",9} {"p95",9} {"CPU",9}");
        Row(o, "parse JSON", parse);
        Row(o, "forecast + plan", plan);
        var totalCpu = parse.CpuMsPerFunction + plan.CpuMsPerFunction;
        o.WriteLine($"{"total",-18} {parse.Mean + plan.Mean,7:0.00}ms {"",9} {"",9} {totalCpu,7:0.00}ms");
        o.WriteLine($"Forecast + plan ÷ parse: {plan.CpuMsPerFunction / parse.CpuMsPerFunction:0.00}× in CPU time, {plan.Mean / parse.Mean:0.00}× in wall time (target ≤ 5×).");
        var wall = parse.Wall + plan.Wall;
        o.WriteLine($"Throughput: {functions / wall.TotalSeconds:0.0} functions/s, {wall.TotalMilliseconds / functions:0.00} ms per function: {functions} functions in {wall.TotalSeconds:0.00} s wall clock (parsing alone {parse.Wall.TotalSeconds:0.00} s); targets < 20 ms and < 20 s for 1,000.");
        o.WriteLine("CPU is the process's processor time per function; wall-clock figures grow when other processes share the cores.");
        o.WriteLine($"Plans: {actions.Average():0.#} actions on average (max {actions.Max()}).");
        return ExitCodes.Success;
    }

    private sealed record PhaseTimes(double[] SortedMs, TimeSpan Wall, double CpuMsPerFunction)
    {
        public double Mean => SortedMs.Average();
    }

    private static PhaseTimes Phase(CliEnvironment env, string verb, int functions, int parallelism, Action<int> work)
    {
        var ticks = new long[functions];
        var done = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        Parallel.For(0, functions, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var watch = Stopwatch.StartNew();
            work(i);
            ticks[i] = watch.ElapsedTicks;
            var n = Interlocked.Increment(ref done);
            if (n % Math.Max(1, functions / 10) == 0 || n == functions)
                lock (env.Error) env.Error.WriteLine($"bench: {n}/{functions} functions {verb}");
        });
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var sorted = ticks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new PhaseTimes(sorted, wall.Elapsed, cpu.TotalMilliseconds / functions);
    }

    private static void Row(TextWriter o, string label, PhaseTimes t) =>
        o.WriteLine($"{label,-18} {t.Mean,7:0.00}ms {RobustStats.Quantile(t.SortedMs.ToArray(), 0.5),7:0.00}ms {RobustStats.Quantile(t.SortedMs.ToArray(), 0.95),7:0.00}ms {t.CpuMsPerFunction,7:0.00}ms");
}
