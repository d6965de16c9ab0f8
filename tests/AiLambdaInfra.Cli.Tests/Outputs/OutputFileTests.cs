using AiLambdaInfra.Cli.Tests.Plan;

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
    public void OutputUnderAFile_IsRefusedBeforePlanWritesTheStackFile()
    {
        using var cli = PlanningFixture.Create();

        var exit = cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "invocations.csv", "--now", "2026-11-30T00:00:00Z",
            "--json", "invocations.csv/plan.json");

        Assert.Equal(2, exit);
        Assert.Equal($"error: --json 'invocations.csv/plan.json' cannot be written: '{Path.Combine(cli.Directory, "invocations.csv")}' is a file, not a folder. Name a file in a folder, such as reports/plan.json.",
            cli.Error.Split('\n')[0]);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void JsonNamingTheStackFile_IsRefusedAndTheStackFileKept()
    {
        using var cli = PlanningFixture.Create();

        var exit = cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "invocations.csv", "--json", "./Pulumi.prod.yaml");

        Assert.Equal(2, exit);
        Assert.Equal("error: --json './Pulumi.prod.yaml' names the same file as --stack-file 'Pulumi.prod.yaml', which it would overwrite; write --json to a file of its own, such as reports/plan.json.",
            cli.Error.Split('\n')[0]);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void ChartNamingTheHistoryThroughASymlink_IsRefused()
    {
        using var cli = PlanningFixture.Create();
        var history = File.ReadAllText(Path.Combine(cli.Directory, "invocations.csv"));
        File.CreateSymbolicLink(Path.Combine(cli.Directory, "latest.png"), "invocations.csv");

        var exit = cli.Run("forecast", "--history", "invocations.csv", "--chart", "latest.png");

        Assert.Equal(2, exit);
        Assert.Equal("error: --chart 'latest.png' names the same file as --history 'invocations.csv', which it would overwrite; write --chart to a file of its own, such as reports/plan.json.",
            cli.Error.Split('\n')[0]);
        Assert.Equal(history, File.ReadAllText(Path.Combine(cli.Directory, "invocations.csv")));
    }

    [Fact]
    public void JsonAndChartNamingOneFile_AreRefused()
    {
        using var cli = new CliRun();

        var exit = cli.Run("backtest", "--trace", "t.csv", "--json", "out", "--chart", "./out");

        Assert.Equal(2, exit);
        Assert.Equal("error: --chart './out' names the same file as --json 'out', which it would overwrite; write --chart to a file of its own, such as reports/plan.json.",
            cli.Error.Split('\n')[0]);
    }

    [Fact]
    public void TraceNamedAsJsonThroughALinkedFolder_IsRefused()
    {
        using var cli = new CliRun();
        var trace = cli.Write("data/trace.csv", "2026-01-01T00:00:00Z,1\n");
        Directory.CreateSymbolicLink(Path.Combine(cli.Directory, "link"), "data");

        var exit = cli.Run("backtest", "--trace", "data/trace.csv", "--json", "link/trace.csv");

        Assert.Equal(2, exit);
        Assert.Equal("error: --json 'link/trace.csv' names the same file as --trace 'data/trace.csv', which it would overwrite; write --json to a file of its own, such as reports/plan.json.",
            cli.Error.Split('\n')[0]);
        Assert.Equal("2026-01-01T00:00:00Z,1\n", File.ReadAllText(trace));
    }
}
