namespace AiLambdaInfra.Cli.Tests.Outputs;

public class OutputFileTests
{
    [Fact]
    public void ChartIntoAFolderNotYetThere_CreatesTheFolder()
    {
        using var cli = new CliRun();
        var trace = Path.Combine(AppContext.BaseDirectory, "samples", "traces", "elb-request-count-4d.csv");

        var exit = cli.Run("backtest", "--trace", trace, "--learn-days", "3", "--play-days", "1", "--chart", "reports/new/backtest.png");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(cli.Directory, "reports", "new", "backtest.png")));
    }

    [Fact]
    public void OutputThatCannotBeWritten_IsAUsageErrorWithoutAStackTrace()
    {
        using var cli = new CliRun();
        var trace = Path.Combine(AppContext.BaseDirectory, "samples", "traces", "elb-request-count-4d.csv");
        cli.Write("taken", "a file where a folder is wanted");

        var exit = cli.Run("backtest", "--trace", trace, "--learn-days", "3", "--play-days", "1", "--json", "taken/out.json");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", cli.Error.Split('\n').Last(l => l.Length > 0));
        Assert.DoesNotContain("   at ", cli.Error);
    }
}
