using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class TraceReaderTests
{
    [Fact]
    public void MissingMinutes_AreUnknown_NotZero()
    {
        var trace = TraceReader.Read("timestamp,requests_per_minute\n2024-01-01T00:00:00Z,6\n2024-01-01T00:01:00Z,0\n2024-01-01T00:03:00Z,12.5\n", "t.csv");

        Assert.Equal(Instant.FromUtc(2024, 1, 1, 0, 0), trace.Start);
        Assert.Equal(4, trace.Minutes);
        Assert.Equal(6, trace.Values[0]);
        Assert.Equal(0, trace.Values[1]);
        Assert.True(double.IsNaN(trace.Values[2]));
        Assert.Equal(12.5, trace.Values[3]);
    }

    [Fact]
    public void EveryBadRow_IsReportedAtOnce_WithItsLine()
    {
        var text = "timestamp,requests_per_minute\n2024-01-01T00:00:00Z,-1\nyesterday,5\n2024-01-01T00:00:30Z,5\n2024-01-01T00:02:00Z,5\n2024-01-01T00:01:00Z,5\n";

        var error = Assert.Throws<TraceFormatException>(() => TraceReader.Read(text, "t.csv"));

        Assert.Equal(
            [
                "t.csv:2: value '-1' must be a finite number ≥ 0.",
                "t.csv:3: timestamp 'yesterday' is not ISO-8601 UTC like 2015-02-26T21:42:00Z.",
                "t.csv:4: timestamp '2024-01-01T00:00:30Z' must fall on a whole minute (seconds 00).",
                "t.csv:6: timestamp 2024-01-01T00:01:00Z is not after the previous row (2024-01-01T00:02:00Z); rows must be in increasing time order, one per minute.",
            ],
            error.Errors);
    }

    [Fact]
    public void WrongHeader_IsRejected()
    {
        var error = Assert.Throws<TraceFormatException>(() => TraceReader.Read("time;value\n2024-01-01T00:00:00Z,5\n", "t.csv"));

        Assert.Equal("t.csv:1: the header must be 'timestamp,<value name>' (e.g. 'timestamp,requests_per_minute'), got 'time;value'.", error.Errors.Single());
    }
}
