using AiLambdaInfra.Cli.Commands;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Cli.Tests.Plan;

// `plan` and `nightly-report` as the nightly workflow runs them, two nights in a row on the shipped history.
public class NightlyPlanCommandTests
{
    private static readonly string[] FirstNight = ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json", "--now", "2014-04-23T04:00:00Z"];
    private static readonly string[] SecondNight = ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json", "--now", "2014-04-24T00:30:00Z"];

    [Fact]
    public void DryRun_PrintsWhatPulumiUpWillDoToTheScheduledActions()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. FirstNight, "--dry-run"]));

        var planned = cli.Out.Split('\n').Single(l => l.StartsWith("pulumi up will make ", StringComparison.Ordinal));
        Assert.Matches(@"^pulumi up will make 0 updates, (\d+) creates?, 0 deletes; peak \1 of 200 scheduled actions on the target \(0 before, \1 after\)\.$", planned);
    }

    [Fact]
    public void SecondNight_CreatesOnlyWhatThePlanGrowsByAndDeletesOnlyWhatItShrinksBy()
    {
        using var cli = PlanningFixture.Create();
        Assert.Equal(0, cli.Run(FirstNight));
        var first = Planned(cli);

        Assert.Equal(0, cli.Run(SecondNight));

        var second = Planned(cli);
        var created = second.Select(a => a.Name).Except(first.Select(a => a.Name)).Count();
        var deleted = first.Select(a => a.Name).Except(second.Select(a => a.Name)).Count();
        Assert.Equal(Math.Max(0, second.Count - first.Count), created);
        Assert.Equal(Math.Max(0, first.Count - second.Count), deleted);
        Assert.Contains($"{created} create{(created == 1 ? "" : "s")}, {deleted} delete{(deleted == 1 ? "" : "s")}; peak {Math.Max(first.Count, second.Count)} of 200", cli.Out);
    }

    private static IReadOnlyList<ScheduledActionSettings> Planned(CliRun cli) =>
        StackFileSettings.Read(StackFile.Load(Path.Combine(cli.Directory, "Pulumi.prod.yaml"))).Settings!.PlannedActions;

    [Fact]
    public void NightlyReport_DescribesTheChangeTheCostAndTheLastWeek_AndChartsIt()
    {
        using var cli = PlanningFixture.Create();
        Assert.Equal(0, cli.Run(FirstNight));
        File.Copy(Path.Combine(cli.Directory, "Pulumi.prod.yaml"), Path.Combine(cli.Directory, "before.yaml"));
        Assert.Equal(0, cli.Run(SecondNight));

        Assert.Equal(0, cli.Run("nightly-report", "--before", "before.yaml", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json",
            "--now", "2014-04-24T00:30:00Z", "--markdown", "pr.md", "--chart", "replay.png"));

        var text = PlanningFixture.Read(cli, "pr.md");
        Assert.Matches(@"\*\*`pulumi up` will do to the scheduled actions:\*\* \d+ updates?, \d+ creates?, \d+ deletes?; peak \d+ of 200", text);
        Assert.Contains("| `planned-", text);
        Assert.Contains("| **total** | **$", text);
        Assert.Contains("| old plan | ", text);
        Assert.Contains("| new plan | ", text);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(cli.Directory, "replay.png"))[..4]);
    }

    [Fact]
    public void NightChoosingTrackingAlone_SaysSo_AndHandsThePlanBackInPlace()
    {
        // The shipped prod stack: on the sample, its self-tuning plans on 04-16 and chooses tracking alone on 04-17.
        using var cli = PlanningFixture.Create();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "stacks", "Pulumi.prod.yaml"), Path.Combine(cli.Directory, "Pulumi.prod.yaml"), overwrite: true);
        string[] Night(string now) => ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json", "--now", now];
        Assert.Equal(0, cli.Run(Night("2014-04-16T04:00:00Z")));
        File.Copy(Path.Combine(cli.Directory, "Pulumi.prod.yaml"), Path.Combine(cli.Directory, "before.yaml"));

        Assert.Equal(0, cli.Run(Night("2014-04-17T04:00:00Z")));

        Assert.Contains("\nPlan: none from 2014-04-17T04:00:00Z: target tracking alone measured better on this history (see the self-tuning below).\n", cli.Out);
        Assert.Contains("\nSemantics: last night's 150 planned actions stay on the target; each that runs again is set to the min and max your own actions hold when it runs", cli.Out);
        Assert.Matches(@"\npulumi up will make \d+ updates, 0 creates, 0 deletes; peak 152 of 200", cli.Out);
        Assert.Equal(0, cli.Run("nightly-report", "--before", "before.yaml", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json",
            "--now", "2014-04-17T04:00:00Z", "--markdown", "pr.md"));
        var report = PlanningFixture.Read(cli, "pr.md");
        Assert.Contains("Tonight's self-tuning chose **target tracking alone**.", report);
        Assert.Contains("### The last week replayed (2014-04-10T04:00:00Z to 2014-04-17T04:00:00Z)", report);
    }

    [Fact]
    public void DeployAboveTheQuota_IsSaidToFail()
    {
        ScheduledActionSettings Action(string name, int i) => new() { Name = name, Schedule = $"cron({i % 60} {i % 24} ? * MON *)", Min = 1 + i };
        var diff = DeploymentReplay.Diff([.. Enumerable.Range(0, 150).Select(i => Action($"old-{i}", i))], [.. Enumerable.Range(0, 150).Select(i => Action($"new-{i}", i))], "UTC");

        Assert.Equal("pulumi up will make 0 updates, 150 creates, 150 deletes; peak 300 of 200 scheduled actions on the target (150 before, 150 after)." +
                     " This exceeds what Application Auto Scaling allows per target: the deploy would stop with LimitExceededException.",
            NightlyReportCommand.DeploySummary(diff));
    }
}
