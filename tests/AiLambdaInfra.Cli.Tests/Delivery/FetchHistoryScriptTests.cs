using System.Diagnostics;
using System.Text.Json;

namespace AiLambdaInfra.Cli.Tests.Delivery;

/// <summary>
/// scripts/fetch-concurrency-history.sh against a stand-in for the AWS CLI that answers get-metric-data with fixed data:
/// with --metric invocations it writes a one-metric history of Invocations and the invocation-weighted mean Duration.
/// </summary>
public sealed class FetchHistoryScriptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fetch-history-").FullName;

    // A day and an hour of minutes: 60 invocations of 1000 ms on even minutes, 120 of 2500 ms on odd ones, and a last
    // minute with no invocation and no Duration data point.
    private static readonly string Answer = Build(1000, 2500);

    private static string Build(double evenMs, double oddMs)
    {
        const int minutes = 1500;
        var start = new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);
        string Stamp(int m) => $"\"{start.AddMinutes(m):yyyy-MM-ddTHH:mm:ss}+00:00\"";
        var stamps = string.Join(", ", Enumerable.Range(0, minutes + 1).Select(Stamp));
        var invocations = string.Join(", ", Enumerable.Range(0, minutes + 1).Select(m => m == minutes ? "0.0" : m % 2 == 0 ? "60.0" : "120.0"));
        var durations = string.Join(", ", Enumerable.Range(0, minutes).Select(m => (m % 2 == 0 ? evenMs : oddMs).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $$"""
            {"MetricDataResults": [
              {"Id": "invocations", "Label": "Invocations", "Timestamps": [{{stamps}}], "Values": [{{invocations}}], "StatusCode": "Complete"},
              {"Id": "duration", "Label": "Duration", "Timestamps": [{{string.Join(", ", Enumerable.Range(0, minutes).Select(Stamp))}}], "Values": [{{durations}}], "StatusCode": "Complete"}
            ], "Messages": []}
            """;
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private (int Exit, string Out, string Error) Run(params string[] args) => RunWith(Answer, args);

    private (int Exit, string Out, string Error) RunWith(string answer, params string[] args)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_dir, "bin")).FullName;
        File.WriteAllText(Path.Combine(_dir, "answer.json"), answer);
        var aws = Path.Combine(bin, "aws");
        File.WriteAllText(aws, $"#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > '{_dir}/aws-args'\ncat '{_dir}/answer.json'\n");
        File.SetUnixFileMode(aws, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Root(), "scripts", "fetch-concurrency-history.sh"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml"))) return dir.FullName;
        throw new InvalidOperationException("Pulumi.yaml not found above the test binaries.");
    }

    private static void RequireJq() => Skip.If(
        Environment.GetEnvironmentVariable("PATH")!.Split(':').All(d => !File.Exists(Path.Combine(d, "jq"))),
        "jq is not installed (the script needs it; .ci/run installs it)");

    [SkippableFact]
    public void Invocations_AreWrittenAlone_WithTheInvocationWeightedMeanDuration()
    {
        RequireJq();
        var (history, duration) = (Path.Combine(_dir, "history.json"), Path.Combine(_dir, "mean-duration-ms"));

        var (exit, output, error) = Run("--function", "inference", "--metric", "invocations", "--out", history, "--mean-duration-out", duration);

        Assert.True(exit == 0, error);
        using var written = JsonDocument.Parse(File.ReadAllText(history));
        Assert.Equal(["invocations"], written.RootElement.GetProperty("MetricDataResults").EnumerateArray().Select(r => r.GetProperty("Id").GetString()));
        // (60 × 1000 + 120 × 2500) ÷ 180 over each pair of minutes; the minute without invocations weighs nothing.
        Assert.Equal("2000\n", File.ReadAllText(duration));
        Assert.Contains("Mean duration, weighted by invocations: 2000 ms", output);
        var query = File.ReadAllLines(Path.Combine(_dir, "aws-args")).SkipWhile(a => a != "--metric-data-queries").ElementAt(1);
        Assert.Equal(
            [("Invocations", "Sum"), ("Duration", "Average")],
            JsonDocument.Parse(query).RootElement.EnumerateArray().Select(q => (
                q.GetProperty("MetricStat").GetProperty("Metric").GetProperty("MetricName").GetString()!,
                q.GetProperty("MetricStat").GetProperty("Stat").GetString()!)));
    }

    [SkippableFact]
    public void WrittenInvocations_AreAHistoryPlanReads()
    {
        RequireJq();
        var (history, duration) = (Path.Combine(_dir, "history.json"), Path.Combine(_dir, "mean-duration-ms"));
        Assert.Equal(0, Run("--function", "inference", "--metric", "invocations", "--out", history, "--mean-duration-out", duration).Exit);

        var read = AiLambdaInfra.Scaling.History.HistoryReader.Load(history, new AiLambdaInfra.Scaling.History.HistoryReadOptions
        {
            Metric = AiLambdaInfra.Scaling.History.HistoryMetric.Invocations,
            MeanDurationMs = double.Parse(File.ReadAllText(duration), System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Empty(read.Errors);
    }

    [SkippableFact]
    public void SubMillisecondMeanDuration_IsWrittenAsOneMillisecond_TheLeastPlanReads()
    {
        RequireJq();
        var duration = Path.Combine(_dir, "mean-duration-ms");

        var (exit, _, error) = RunWith(Build(0.2, 0.5), "--function", "inference", "--metric", "invocations", "--out", Path.Combine(_dir, "h.json"), "--mean-duration-out", duration);

        Assert.True(exit == 0, error);
        Assert.Equal("1\n", File.ReadAllText(duration));
    }

    [Fact]
    public void InvocationsWithoutADurationFile_AreRefused()
    {
        var (exit, _, error) = Run("--function", "inference", "--metric", "invocations", "--out", Path.Combine(_dir, "h.json"));

        Assert.Equal(2, exit);
        Assert.Contains("`--metric invocations` needs `--mean-duration-out FILE`: plan turns invocations into concurrency with the mean duration.", error);
    }

    [Fact]
    public void UnknownMetric_IsRefused()
    {
        var (exit, _, error) = Run("--function", "inference", "--metric", "errors", "--out", Path.Combine(_dir, "h.json"));

        Assert.Equal(2, exit);
        Assert.Contains("`--metric` must be concurrency or invocations, got 'errors'.", error);
    }
}
