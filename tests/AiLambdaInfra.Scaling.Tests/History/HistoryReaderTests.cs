using System.Text;
using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.History;

public class HistoryReaderTests
{
    private static readonly HistoryReadOptions Concurrency = new();

    private static HistoryReadResult Csv(string text, HistoryReadOptions? options = null) =>
        HistoryReader.Parse(Encoding.UTF8.GetBytes(text), "h.csv", options ?? Concurrency);

    private static HistoryReadResult Json(string text) => HistoryReader.Parse(Encoding.UTF8.GetBytes(text), "h.json", Concurrency);

    /// <summary>A CSV of <paramref name="hours"/> hours of 5-minute samples from 2026-11-01, value = index.</summary>
    private static string CsvRows(double hours, int stepMinutes = 5, Func<int, string>? value = null)
    {
        var b = new StringBuilder("timestamp,value\n");
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < hours * 60 / stepMinutes; i++)
            b.Append($"{start.AddMinutes(i * stepMinutes):yyyy-MM-dd'T'HH:mm:ss'Z'},{value?.Invoke(i) ?? i.ToString()}\n");
        return b.ToString();
    }

    private static string Page(IEnumerable<(string Ts, string Value)> points, string id = "m1") =>
        $$"""{"MetricDataResults":[{"Id":"{{id}}","Label":"ConcurrentExecutions","Timestamps":[{{string.Join(",", points.Select(p => $"\"{p.Ts}\""))}}],"Values":[{{string.Join(",", points.Select(p => p.Value))}}],"StatusCode":"Complete"}],"Messages":[]}""";

    private static IEnumerable<(string, string)> NewestFirst(int count, int stepMinutes = 5, DateTime? newest = null)
    {
        var t = newest ?? new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
            yield return (t.AddMinutes(-i * stepMinutes).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'"), (i % 7).ToString());
    }

    [Fact]
    public void ShippedCloudWatchSample_ReadsFourteenDaysAtFiveMinutes()
    {
        var result = HistoryReader.Load(Path.Combine(RepositoryRoot.Path, "samples/history/concurrent-executions.json"), Concurrency);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var s = result.Series!;
        Assert.Equal(Duration.FromMinutes(5), s.Step);
        Assert.True(s.Span >= Duration.FromDays(14));
        Assert.Equal(Instant.FromUtc(2014, 4, 10, 0, 0), s.Start);
        Assert.True(s.PresentCount > 4000);
    }

    [Fact]
    public void ShippedCsvSample_OfInvocations_BecomesConcurrencyByLittlesLaw()
    {
        var options = new HistoryReadOptions { Metric = HistoryMetric.Invocations, MeanDurationMs = 1000 };
        var result = HistoryReader.Load(Path.Combine(RepositoryRoot.Path, "samples/history/invocations.csv"), options);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        // First row: 564 invocations in 5 minutes, 1 s each: 564 / 300 s × 1 s = 1.88 concurrent on average.
        Assert.Equal(1.88, result.Series!.Values[0], 6);
    }

    [Fact]
    public void PagesOneAfterAnother_AreMergedInTimeOrder()
    {
        var all = NewestFirst(24 * 12 + 1).ToList();
        var text = Page(all.Take(100)) + "\n" + Page(all.Skip(100));

        var result = Json(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(289, result.Series!.Values.Length);
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 0, 0), result.Series.Start);
        Assert.Equal(288 % 7, result.Series.Values[0]);
    }

    [Fact]
    public void MissingSamples_StayMissing()
    {
        var text = CsvRows(25);
        var lines = text.Split('\n').ToList();
        lines.RemoveRange(10, 3);

        var result = Csv(string.Join('\n', lines));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var values = result.Series!.Values;
        Assert.Equal(300, values.Length);
        Assert.True(double.IsNaN(values[9]) && double.IsNaN(values[10]) && double.IsNaN(values[11]));
        Assert.Equal(12, values[12]);
    }

    [Fact]
    public void UnreadableFile_IsAnErrorNamingTheFile()
    {
        var result = HistoryReader.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-ailambda", "h.json"), Concurrency, "h.json");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("h.json: cannot read the history file: ", error.ToString());
    }

    [Fact]
    public void JsonWithoutMetricDataResults_IsTheWrongFormat()
    {
        var error = Assert.Single(Json("{\"Datapoints\": []}").Errors);
        Assert.Equal("h.json: has no MetricDataResults. Pass the JSON that 'aws cloudwatch get-metric-data' prints.", error.ToString());
    }

    [Fact]
    public void BrokenJson_NamesItsLine()
    {
        var error = Assert.Single(Json("{\n  \"MetricDataResults\": [\n    {\"Id\": \"m\",, }\n  ]\n}").Errors);
        Assert.StartsWith("h.json:3: is not valid CloudWatch get-metric-data JSON: ", error.ToString());
    }

    [Fact]
    public void CsvWithThreeColumns_IsTheWrongFormat()
    {
        var error = Assert.Single(Csv("timestamp,value\n2026-11-01T00:00:00Z,1,2\n").Errors);
        Assert.Equal("h.csv:2: expected two columns 'timestamp,value', got '2026-11-01T00:00:00Z,1,2'.", error.ToString());
    }

    [Fact]
    public void UnparseableCsvTimestamp_NamesItsLine()
    {
        var error = Assert.Single(Csv("timestamp,value\n2026-11-01T00:00:00Z,1\n01/11/2026 00:05,2\n").Errors);
        Assert.Equal("h.csv:3: cannot read timestamp '01/11/2026 00:05'; use ISO-8601 such as 2026-11-27T10:05:00Z.", error.ToString());
    }

    [Fact]
    public void UnparseableCsvValue_NamesItsLine()
    {
        var error = Assert.Single(Csv("timestamp,value\n2026-11-01T00:00:00Z,twelve\n").Errors);
        Assert.Equal("h.csv:2: cannot read value 'twelve' as a number.", error.ToString());
    }

    [Fact]
    public void UnparseableJsonTimestamp_NamesItsLineAndPath()
    {
        var text = "{\"MetricDataResults\":[{\"Id\":\"m\",\n\"Timestamps\":[\n\"yesterday\"],\n\"Values\":[1]}]}";
        var error = Assert.Single(Json(text).Errors);
        Assert.Equal("h.json:3 (page 1, MetricDataResults[0].Timestamps[0]): cannot read timestamp \"yesterday\"; expected ISO-8601 such as 2026-11-27T10:05:00+00:00.", error.ToString());
    }

    [Fact]
    public void UnparseableJsonValue_NamesItsLineAndPath()
    {
        var text = "{\"MetricDataResults\":[{\"Id\":\"m\",\n\"Timestamps\":[\"2026-11-01T00:00:00Z\"],\n\"Values\":[\n\"7\"]}]}";
        var error = Assert.Single(Json(text).Errors);
        Assert.Equal("h.json:4 (page 1, MetricDataResults[0].Values[0]): cannot read value \"7\" as a number.", error.ToString());
    }

    [Fact]
    public void NegativeValue_IsRejected()
    {
        var error = Assert.Single(Csv("timestamp,value\n2026-11-01T00:00:00Z,-3\n").Errors);
        Assert.Equal("h.csv:2: value -3 is negative; concurrency and invocation counts cannot be.", error.ToString());
    }

    [Fact]
    public void NaNValue_IsRejected()
    {
        var error = Assert.Single(Csv("timestamp,value\n2026-11-01T00:00:00Z,NaN\n").Errors);
        Assert.Equal("h.csv:2: value NaN is not a finite number; leave a missing sample out instead.", error.ToString());
    }

    [Fact]
    public void DuplicateTimestamp_NamesBothPlaces()
    {
        var all = NewestFirst(300).ToList();
        var text = Page(all) + "\n" + Page(all.Take(1));

        var errors = Json(text).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("h.json:2 (page 2, MetricDataResults[0].Timestamps[0]): duplicate timestamp 2026-11-02T00:00:00Z (also at line 1, page 1, MetricDataResults[0].Timestamps[0]). Each timestamp must appear once; remove the repeated row or page.", error.ToString());
    }

    [Fact]
    public void UnsortedCsv_IsRejectedAtTheLine()
    {
        var error = Assert.Single(Csv("timestamp,value\n2026-11-01T00:05:00Z,1\n2026-11-01T00:00:00Z,2\n").Errors);
        Assert.Equal("h.csv:3: timestamp 2026-11-01T00:00:00Z comes after 2026-11-01T00:05:00Z: rows must be sorted oldest first.", error.ToString());
    }

    [Fact]
    public void JsonPageInBothDirections_IsUnsorted()
    {
        var points = NewestFirst(5).ToList();
        (points[3], points[4]) = (points[4], points[3]);
        var error = Assert.Single(Json(Page(points)).Errors);
        Assert.Equal("h.json:1 (page 1, MetricDataResults[0].Timestamps[4]): timestamps are not sorted: a page must list them all newest first or all oldest first.", error.ToString());
    }

    [Fact]
    public void OffGridSample_IsAMixedResolution()
    {
        var text = CsvRows(25) + "2026-11-02T01:02:00Z,5\n";
        var error = Assert.Single(Csv(text).Errors);
        Assert.Equal("h.csv:302: mixed resolutions: 2026-11-02T01:02:00Z is 420 seconds after the previous sample, not a multiple of the file's 300-second period. Export one period for the whole range.", error.ToString());
    }

    [Fact]
    public void FiveMinuteStretchInOneMinuteFile_IsAMixedResolution()
    {
        var b = new StringBuilder(CsvRows(25, stepMinutes: 1));
        var t = new DateTime(2026, 11, 2, 0, 59, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 12; i++) b.Append($"{t.AddMinutes(i * 5):yyyy-MM-dd'T'HH:mm:ss'Z'},1\n");

        var error = Assert.Single(Csv(b.ToString()).Errors);
        Assert.Equal("h.csv:1513: mixed resolutions: the samples up to 2026-11-02T01:59:00Z are 5 minutes apart for an hour in a file of 1-minute samples. Export one period for the whole range.", error.ToString());
    }

    [Fact]
    public void UnsupportedPeriod_IsRejected()
    {
        var error = Assert.Single(Csv(CsvRows(30, stepMinutes: 15)).Errors);
        Assert.Equal("h.csv: samples are 900 seconds apart; use a period of 60 or 300 seconds (1 or 5 minutes).", error.ToString());
    }

    [Fact]
    public void LessThanADay_IsTooLittleHistory()
    {
        var error = Assert.Single(Csv(CsvRows(23)).Errors);
        Assert.Equal("h.csv: covers 23 hours (2026-11-01T00:00:00Z to 2026-11-01T22:55:00Z); at least 24 hours of history are required.", error.ToString());
    }

    [Fact]
    public void TwoMetricsInOneFile_AreRejected()
    {
        var text = Page(NewestFirst(300), "a") + Page(NewestFirst(300), "b");
        var error = Assert.Single(Json(text).Errors);
        Assert.Equal("h.json: holds 2 metrics (a, b); query one metric (ConcurrentExecutions or Invocations) per file.", error.ToString());
    }

    [Fact]
    public void InvocationsWithoutMeanDuration_AreRejected()
    {
        var errors = Csv(CsvRows(25), new HistoryReadOptions { Metric = HistoryMetric.Invocations }).Errors;
        Assert.Equal("h.csv: --mean-duration-ms must be a positive, finite number of milliseconds when the metric is invocations.", Assert.Single(errors).ToString());
    }

    [Fact]
    public void EveryBadRow_IsListedAtOnce()
    {
        var errors = Csv("timestamp,value\n2026-11-01T00:00:00Z,-1\n2026-11-01T00:05:00Z,x\nbad,1\n").Errors;
        Assert.Equal([2, 3, 4], errors.Select(e => e.Line!.Value));
    }
}
