using System.Text;
using AiLambdaInfra.Scaling.History;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.History;

/// <summary>History whose timestamps claim spans, dates or sizes no real CloudWatch history has: a located error, at the file's cost.</summary>
public class HostileHistoryTests
{
    /// <summary>Two days of 1-minute samples from 2026-11-01, as the rows after the header.</summary>
    private static string TwoDays()
    {
        var b = new StringBuilder();
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 2 * 1440; i++)
            b.Append($"{start.AddMinutes(i):yyyy-MM-dd'T'HH:mm:ss'Z'},5\n");
        return b.ToString();
    }

    private static string Only(string text, HistoryReadOptions? options = null) =>
        Assert.Single(HistoryReader.Parse(Encoding.UTF8.GetBytes(text), "h.csv", options ?? new HistoryReadOptions()).Errors).ToString();

    [Fact]
    public void YearOneRow_IsAnErrorNamingItsLine() => Assert.Equal(
        "h.csv:2: timestamp 0001-01-01T00:00:00Z is before 2009-05-01T00:00:00Z, when CloudWatch began; no metric is that old. Fix or remove the row.",
        Only("timestamp,value\n0001-01-01T00:00:00Z,3\n" + TwoDays()));

    [Fact]
    public void StrayRowYearsBeforeTheRest_IsNamedInsteadOfFilledWithMissingSamples() => Assert.Equal(
        "h.csv:2: timestamp 2012-01-01T00:00:00Z is 5418 days before the next sample (2026-11-01T00:00:00Z); a history spans at most 455 days, the longest CloudWatch keeps any datapoint. Fix or remove the stray row.",
        Only("timestamp,value\n2012-01-01T00:00:00Z,3\n" + TwoDays()));

    [Fact]
    public void YearNineThousandRow_WithoutAClock_IsAnErrorNamingItsLine() => Assert.Equal(
        "h.csv:2882: timestamp 9999-12-31T23:59:00Z is after 2199-12-31T23:59:00Z, the last time a schedule can name. Fix or remove the row.",
        Only("timestamp,value\n" + TwoDays() + "9999-12-31T23:59:00Z,4\n"));

    [Fact]
    public void TimestampPastTheEndOfTheCalendar_IsAnErrorNotACrash() => Assert.Equal(
        "h.csv:2882: timestamp '9999-12-31T23:59:00-18:00' falls outside the years 1 to 9999 once its offset is applied; no metric is dated there. Fix or remove the row.",
        Only("timestamp,value\n" + TwoDays() + "9999-12-31T23:59:00-18:00,4\n"));

    [Fact]
    public void FutureDatedRow_IsAnError() => Assert.Equal(
        "h.csv:2882: timestamp 2026-12-25T00:00:00Z is in the future (it is now 2026-11-30T00:00:00Z); CloudWatch cannot have recorded it. Check the row's date and offset, or the clock of the machine that wrote the file.",
        Only("timestamp,value\n" + TwoDays() + "2026-12-25T00:00:00Z,4\n", new HistoryReadOptions { CurrentTime = Instant.FromUtc(2026, 11, 30, 0, 0) }));

    [Fact]
    public void PlanStartAYearAfterTheHistory_SaysHowFarApartTheyAre() => Assert.Equal(
        "h.csv:2881: the history ends at 2026-11-02T23:59:00Z, 363 days before --now 2027-11-01T00:00:00Z; the planner reads at most the 63 days before --now, so it would see none of it. Pass a --now within 63 days after the history's end, or fetch recent history.",
        Only("timestamp,value\n" + TwoDays(), new HistoryReadOptions { PlanStart = Instant.FromUtc(2027, 11, 1, 0, 0) }));

    [Fact]
    public void PlanStartBeyondTheHistoryDaysRead_SaysSoInsteadOfZeroHours() => Assert.Equal(
        "h.csv:2881: the history ends at 2026-11-02T23:59:00Z, 20 days before --now 2026-11-23T00:00:00Z; the planner reads only the 14 days before --now (`planner.historyDays`), so it would see none of it. Pass a --now within 14 days after the history's end, raise `planner.historyDays`, or fetch recent history.",
        Only("timestamp,value\n" + TwoDays(), new HistoryReadOptions { PlanStart = Instant.FromUtc(2026, 11, 23, 0, 0), HistoryDays = 14 }));

    [Fact]
    public void PlanStartWithinTheHistoryDaysRead_IsAccepted() => Assert.Empty(
        HistoryReader.Parse(Encoding.UTF8.GetBytes("timestamp,value\n" + TwoDays()), "h.csv",
            new HistoryReadOptions { PlanStart = Instant.FromUtc(2026, 11, 16, 0, 0), HistoryDays = 14 }).Errors);

    [Fact]
    public void PlanStartBeforeTheHistory_IsAnError() => Assert.Equal(
        "h.csv:2: the history starts at 2026-11-01T00:00:00Z, not before --now 2026-10-01T00:00:00Z: a plan is forecast from the history before its start. Pass a later --now, or leave it out to start where the history ends.",
        Only("timestamp,value\n" + TwoDays(), new HistoryReadOptions { PlanStart = Instant.FromUtc(2026, 10, 1, 0, 0) }));

    [Fact]
    public void ValueBeyondAnyLambdaFunction_IsAnError() => Assert.Equal(
        "h.csv:3: value 1E+300 is above 1e9; no Lambda function runs that much. Check the column holds the metric's values.",
        Only("timestamp,value\n2026-11-01T00:00:00Z,1\n2026-11-01T00:01:00Z,1e300\n"));

    [Fact]
    public void MeanDurationBeyondLambdasTimeout_IsAnError() => Assert.Equal(
        "h.csv: --mean-duration-ms must be at most 900000 (Lambda's 15-minute timeout), got 1E+300.",
        Only("timestamp,value\n" + TwoDays(), new HistoryReadOptions { Metric = HistoryMetric.Invocations, MeanDurationMs = 1e300 }));

    [Fact]
    public void MeanDurationUnderAMillisecond_IsAnError() => Assert.Equal(
        "h.csv: --mean-duration-ms must be at least 1 (Lambda measures duration in whole milliseconds; is it in seconds?), got 1E-300.",
        Only("timestamp,value\n" + TwoDays(), new HistoryReadOptions { Metric = HistoryMetric.Invocations, MeanDurationMs = 1e-300 }));

    [Fact]
    public void InfiniteMeanDuration_IsAnError() => Assert.Equal(
        "h.csv: --mean-duration-ms must be a positive, finite number of milliseconds when the metric is invocations.",
        Only("timestamp,value\n" + TwoDays(), new HistoryReadOptions { Metric = HistoryMetric.Invocations, MeanDurationMs = double.PositiveInfinity }));

    [Fact]
    public void StrayJsonTimestamp_IsNamedByLineAndPath()
    {
        var timestamps = Enumerable.Range(0, 2 * 288).Select(i => new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc).AddMinutes(-5 * i).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'")).Append("2010-01-01T00:00:00+00:00").ToList();
        var json = "{\"MetricDataResults\":[{\"Id\":\"m1\",\"Timestamps\":[\n" + string.Join(",\n", timestamps.Select(t => $"\"{t}\"")) +
                   "\n],\"Values\":[" + string.Join(",", timestamps.Select(_ => "1")) + "]}]}";

        var error = Assert.Single(HistoryReader.Parse(Encoding.UTF8.GetBytes(json), "h.json", new HistoryReadOptions()).Errors);

        Assert.Equal("h.json:578 (page 1, MetricDataResults[0].Timestamps[576]): timestamp 2010-01-01T00:00:00Z is 6148 days before the next sample (2026-11-01T00:05:00Z); a history spans at most 455 days, the longest CloudWatch keeps any datapoint. Fix or remove the stray row.", error.ToString());
    }

    [Fact]
    public void FileLargerThanAnyHistory_IsRefusedUnread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ailambda-huge-{Guid.NewGuid():N}.csv");
        using (var file = File.Create(path)) file.SetLength(HistoryWindow.MaximumFileBytes + 1);
        try
        {
            var error = Assert.Single(HistoryReader.Load(path, new HistoryReadOptions(), "huge.csv").Errors);
            Assert.Equal("huge.csv: cannot read the history file: it holds 64 MB, more than the 64 MB a history may (455 days of 1-minute samples, the most CloudWatch keeps, are about 30 MB). Query a shorter range.", error.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Directory_IsNotAHistoryFile()
    {
        var error = Assert.Single(HistoryReader.Load(Path.GetTempPath(), new HistoryReadOptions(), "history/").Errors);
        Assert.Equal("history/: cannot read the history file: it is a directory. Pass the JSON or CSV file inside it.", error.ToString());
    }
}
