using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Globalization;
using AiLambdaInfra.Handler.Metrics;
using AiLambdaInfra.Handler.Model;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>
/// <c>bench --invocations N --payload FILE</c>: in one fresh process, times the function's construction (Lambda's
/// init: runtime JIT, native library and model load, warm-up), then N invocations with the payload, and reads the
/// process's peak resident memory. These figures size the function's memory and give the backtest its cold-start penalty.
/// </summary>
public static class BenchCommand
{
    /// <summary>The handler's budget around the model: its warm p50 may be at most this multiple of the bare model's.</summary>
    public const double TargetRatio = 1.2;

    public static Command Create()
    {
        var invocations = new Option<int>("--invocations") { Description = "Warm invocations to time. Defaults to 200.", DefaultValueFactory = _ => 200 };
        var payload = new Option<string>("--payload") { Description = "Request JSON file. Defaults to handler/samples/request.json.", DefaultValueFactory = _ => "handler/samples/request.json" };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object instead of a table." };
        var memory = new Option<int>("--memory-mb")
        {
            Description = $"Function memory to emulate: sets {SessionThreading.MemoryVariable}, from which the handler picks its inference threads as on Lambda. Defaults to the stack's default, {Defaults.MemoryMb}.",
            DefaultValueFactory = _ => Defaults.MemoryMb,
        };
        var command = new Command("bench", "Measure init time, warm latency and peak memory of the handler.") { invocations, payload, json, memory };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(invocations);
            if (count < 1)
            {
                Console.Error.WriteLine($"error: --invocations must be at least 1, got {count}.");
                return 2;
            }

            Environment.SetEnvironmentVariable(SessionThreading.MemoryVariable, parsed.GetValue(memory).ToString(CultureInfo.InvariantCulture));
            var path = parsed.GetValue(payload)!;
            var bytes = PayloadFile.Read(path, Console.Error);
            return bytes is null ? 2 : Run(count, path, bytes, parsed.GetValue(json));
        });
        return command;
    }

    private static int Run(int count, string path, byte[] payload, bool asJson)
    {
        // CPU time alongside wall time: on a shared machine wall time inflates with other work, CPU time much less.
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var function = new InferenceFunction(InvocationMetrics.ForThisFunction(new DiscardingSink()));
        var init = clock.Elapsed.TotalMilliseconds;
        self.Refresh();
        var initCpu = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var timings = ModelHolder.Recognizer.Timings;
        var sinceProcessStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

        var first = Time(function, payload, out var firstResponse);
        if (!firstResponse.Contains("\"statusCode\":200", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"error: the payload in '{path}' is not a valid request; the handler answered: {firstResponse}");
            return 1;
        }

        // The bare model: the tensors the handler would build from this payload, fed to the same session. Full and bare
        // runs alternate within one loop (which goes first alternates too), so machine load falls on both alike.
        var tensors = ModelInput.Prepare(payload);
        ModelHolder.Recognizer.RunModel(tensors);
        var full = new Samples(count);
        var bare = new Samples(count);
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0)
            {
                full.Add(() => Invoke(function, payload));
                bare.Add(() => ModelHolder.Recognizer.RunModel(tensors));
            }
            else
            {
                bare.Add(() => ModelHolder.Recognizer.RunModel(tensors));
                full.Add(() => Invoke(function, payload));
            }
        }

        var warm = LatencySummary.Of(full.WallMs);
        var bareWall = LatencySummary.Of(bare.WallMs);
        var fullCpu = LatencySummary.Of(full.CpuMs);
        var bareCpu = LatencySummary.Of(bare.CpuMs);
        var stages = StageBreakdown.Measure(payload, Math.Min(count, 50));
        self.Refresh();
        var peakMb = self.PeakWorkingSet64 / (1024.0 * 1024.0);

        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                model = TextRecognizer.ModelName,
                memoryMb = Environment.GetEnvironmentVariable(SessionThreading.MemoryVariable),
                inferenceThreads = Threads(),
                payloadBytes = payload.Length,
                lines = tensors.Count,
                initMs = Math.Round(init, 1),
                initCpuMs = Math.Round(initCpu, 0),
                runtimeLoadMs = Math.Round(timings.RuntimeLoadMs, 1),
                modelLoadMs = Math.Round(timings.ModelLoadMs, 1),
                warmUpMs = Math.Round(timings.WarmUpMs, 1),
                processStartToReadyMs = Math.Round(sinceProcessStart, 1),
                firstInvocationMs = Math.Round(first, 2),
                invocations = warm.Count,
                warmP50Ms = Math.Round(warm.P50, 2),
                warmP90Ms = Math.Round(warm.P90, 2),
                warmP99Ms = Math.Round(warm.P99, 2),
                warmMeanMs = Math.Round(warm.Mean, 2),
                warmMaxMs = Math.Round(warm.Max, 2),
                warmCpuP50Ms = Math.Round(fullCpu.P50, 2),
                bareP50Ms = Math.Round(bareWall.P50, 2),
                bareP99Ms = Math.Round(bareWall.P99, 2),
                bareCpuP50Ms = Math.Round(bareCpu.P50, 2),
                fullToBareP50 = Math.Round(warm.P50 / bareWall.P50, 3),
                fullToBareP99 = Math.Round(warm.P99 / bareWall.P99, 3),
                fullToBareCpuP50 = Math.Round(fullCpu.P50 / bareCpu.P50, 3),
                stagesP50Ms = new
                {
                    parse = Math.Round(stages.ParseMs, 3),
                    imageDecode = Math.Round(stages.ImageDecodeMs, 3),
                    prepare = Math.Round(stages.PrepareMs, 3),
                    model = Math.Round(stages.ModelMs, 3),
                    outputDecode = Math.Round(stages.OutputDecodeMs, 3),
                    response = Math.Round(stages.ResponseMs, 3),
                },
                peakWorkingSetMb = Math.Round(peakMb, 1),
                modelLoads = ModelHolder.LoadCount,
                loadAverage = LoadAverage(),
            }));
            return 0;
        }

        var cpu = ThreadCpuClock.IsAvailable;
        Console.WriteLine(FormattableString.Invariant($"""
            handler benchmark: {TextRecognizer.ModelName} on ONNX Runtime, {Environment.ProcessorCount} cores, .NET {Environment.Version}
            emulated memory    {Environment.GetEnvironmentVariable(SessionThreading.MemoryVariable)} MB  ({Threads()} inference thread(s), as Lambda would get; the CPU itself is not throttled here)
            payload            {path} ({payload.Length:N0} bytes, {tensors.Count} lines)
            init               {init,8:0.0} ms   (ONNX Runtime load {timings.RuntimeLoadMs:0.0} ms + model load {timings.ModelLoadMs:0.0} ms + warm-up inference {timings.WarmUpMs:0.0} ms + request-path warm-up; CPU time {initCpu:0} ms)
            process to ready   {sinceProcessStart,8:0.0} ms   (includes .NET runtime start-up)
            first invocation   {first,8:0.00} ms
            warm invocations   {warm.Count,8}      p50 {warm.P50:0.00} ms   p90 {warm.P90:0.00} ms   p99 {warm.P99:0.00} ms   mean {warm.Mean:0.00} ms   max {warm.Max:0.00} ms   {Cpu(cpu, fullCpu)}
            bare model         {bareWall.Count,8}      p50 {bareWall.P50:0.00} ms   p90 {bareWall.P90:0.00} ms   p99 {bareWall.P99:0.00} ms   mean {bareWall.Mean:0.00} ms   max {bareWall.Max:0.00} ms   {Cpu(cpu, bareCpu)}
                                        (the same {tensors.Count} preprocessed line tensors into the same session, nothing else; alternating with the invocations)
            full / bare        p50 {warm.P50 / bareWall.P50:0.000}x   p99 {warm.P99 / bareWall.P99:0.000}x   {(cpu ? FormattableString.Invariant($"CPU p50 {fullCpu.P50 / bareCpu.P50:0.000}x") : "")}   (target: p50 at most {TargetRatio:0.00}x)
            where it goes      p50 of {Math.Min(count, 50)} rounds, ms of {(cpu ? "thread CPU" : "wall")} time: parse JSON+base64 {stages.ParseMs:0.000}, decode images {stages.ImageDecodeMs:0.000}, prepare tensors {stages.PrepareMs:0.000}, model {stages.ModelMs:0.000}, decode output {stages.OutputDecodeMs:0.000}, response+metric line {stages.ResponseMs:0.000}
            peak memory        {peakMb,8:0.0} MB   (peak working set of this process)
            model loads        {ModelHolder.LoadCount,8}
            machine load       {LoadAverage()}   (1, 5, 15-minute load average: figures above inflate when other work shares the cores)
            """));
        return 0;
    }

    private static string Cpu(bool available, LatencySummary cpu) =>
        available ? FormattableString.Invariant($"(thread CPU p50 {cpu.P50:0.00} ms)") : "";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Threads() =>
        SessionThreading.IntraOpThreads(Environment.GetEnvironmentVariable(SessionThreading.MemoryVariable), Environment.ProcessorCount);

    private static double Time(InferenceFunction function, byte[] payload, out string response)
    {
        var clock = Stopwatch.StartNew();
        using var output = function.Handle(new MemoryStream(payload, writable: false));
        var elapsed = clock.Elapsed.TotalMilliseconds;
        using var reader = new StreamReader(output);
        response = reader.ReadToEnd();
        return elapsed;
    }

    private static void Invoke(InferenceFunction function, byte[] payload)
    {
        using var output = function.Handle(new MemoryStream(payload, writable: false));
    }
}
