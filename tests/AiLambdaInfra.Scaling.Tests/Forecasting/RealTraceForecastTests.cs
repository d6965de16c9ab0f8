using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Forecasting;

/// <summary>Day-ahead forecasts on the real traces beside the repository, when they are there.</summary>
public class RealTraceForecastTests
{
    // The shared folder sits beside the repository root (or beside a folder of worktrees): look upwards for it.
    private static readonly string Traces = FindTraces() ?? Path.Combine(RepositoryRoot.Path, "..", "shared", "traces");

    private static string? FindTraces()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot.Path); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "traces");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    [SkippableTheory]
    [InlineData("nab_twitter_AMZN.csv")]
    [InlineData("nab_twitter_AAPL.csv")]
    public void P90Band_Covers85To97PerCentOfTheNextDaysFiveMinuteMaxima(string trace)
    {
        var path = Path.Combine(Traces, trace);
        Skip.IfNot(File.Exists(path), $"{trace} is not in ../shared/traces; the project's own tests do not depend on it.");
        var series = HistoryReader.Load(path, new HistoryReadOptions { Metric = HistoryMetric.Invocations, MeanDurationMs = 1000 }).Series!;
        var actual = series.ResampleMax(Duration.FromMinutes(5));

        int covered = 0, total = 0;
        for (var day = 14; day < 28; day++)
        {
            var origin = actual.Start + Duration.FromDays(day);
            var f = Forecaster.Forecast(series.Slice(series.Start, origin), new ForecastOptions { Start = origin, Horizon = Duration.FromDays(1) });
            for (var j = 0; j < f.Upper.Length; j++)
            {
                var a = actual.Values[(int)((f.Start + f.Step * j - actual.Start).TotalMinutes / 5)];
                if (double.IsNaN(a)) continue;
                total++;
                if (a <= f.Upper[j]) covered++;
            }
        }

        // Burst days in the calibration make the band err on the wide side on bursty traffic, never much on the narrow side.
        Assert.InRange(covered / (double)total, 0.85, 0.97);
    }
}
