namespace AiLambdaInfra.Cli.Tests.Backtest;

/// <summary>What <c>backtest</c> says of a trace it cannot use: one clear line, escaped, and never a flood.</summary>
public class BacktestTraceInputTests
{
    [Fact]
    public void TraceThatIsADirectory_IsAUsageErrorSayingSo()
    {
        using var cli = new CliRun();
        Directory.CreateDirectory(Path.Combine(cli.Directory, "traces"));

        Assert.Equal(2, cli.Run("backtest", "--trace", "traces"));

        Assert.Equal("error: cannot read trace \"traces\": it is a directory. Pass the CSV file inside it.", cli.Error.Trim());
    }

    [Fact]
    public void CarriageReturnInATraceRow_IsEscapedInTheError()
    {
        using var cli = new CliRun();
        cli.Write("t.csv", "timestamp,requests_per_minute\n2015-01-01T00:00:00Z\r::error file=x::forged,1\n");

        Assert.Equal(1, cli.Run("backtest", "--trace", "t.csv"));

        Assert.DoesNotContain('\r', cli.Error);
        Assert.DoesNotContain("\n::error", "\n" + cli.Error);
    }

    [Fact]
    public void ThousandsOfBadRows_ListTwentyAndCountTheRest()
    {
        using var cli = new CliRun();
        cli.Write("t.csv", "timestamp,requests_per_minute\n" + string.Concat(Enumerable.Repeat("not a row\n", 5000)));

        Assert.Equal(1, cli.Run("backtest", "--trace", "t.csv"));

        var lines = cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.StartsWith("t.csv: … and ", lines[^1]);
        Assert.EndsWith(" more errors, not listed.", lines[^1]);
    }
}
