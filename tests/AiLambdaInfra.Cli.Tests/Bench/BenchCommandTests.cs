namespace AiLambdaInfra.Cli.Tests.Bench;

public class BenchCommandTests
{
    [Fact]
    public void SmallBatch_PrintsOneCoreTimesAndThroughputApart()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run("bench", "--functions", "3", "--days", "2", "--parallelism", "1"));

        Assert.Contains("Batch: 3 functions × 2,880 one-minute points", cli.Out);
        Assert.Contains("Per function on one core (one after another):", cli.Out);
        Assert.Contains("read the file and parse the JSON", cli.Out);
        Assert.Contains("forecast + self-tuning replay + plan", cli.Out);
        Assert.Contains("Target: ≤ 40 ms per function in all: ", cli.Out);
        Assert.Contains("Throughput: ", cli.Out);
        Assert.Contains("bench: 3/3 functions planned on one core", cli.Error);
        Assert.Contains("bench: 3/3 functions planned, 1 at a time", cli.Error);
    }

    [Fact]
    public void NonsenseSizes_AreAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("bench", "--functions", "0"));
        Assert.Equal("error: --functions must be 1–500, --parallelism 1–64, --days 2–60.\n", cli.Error);
    }

    [Fact]
    public void BatchLargerThanTheDiskShouldHold_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("bench", "--functions", "20000", "--days", "60"));
        Assert.Equal("error: --functions must be 1–500, --parallelism 1–64, --days 2–60.\n", cli.Error);
    }
}
