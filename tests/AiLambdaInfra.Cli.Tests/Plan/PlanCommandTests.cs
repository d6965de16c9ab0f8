using System.Text.Json;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Cli.Tests.Plan;

public class PlanCommandTests
{
    private static readonly string[] Plan = ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json"];

    [Fact]
    public void DryRun_PrintsTheDiffAndWritesNothing()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run"]));

        Assert.Contains("--- a/Pulumi.prod.yaml", cli.Out);
        Assert.Contains("+++ b/Pulumi.prod.yaml", cli.Out);
        Assert.Contains("+  ai-lambda-infra:plannedActions:", cli.Out);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void Plan_WritesTheActions_AndAnUnchangedPlanLeavesTheFileByteIdentical()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run(Plan));
        var written = PlanningFixture.Read(cli, "Pulumi.prod.yaml");
        Assert.StartsWith(PlanningFixture.StackText, written);
        var settings = StackSettingsLoader.Load(StackFile.Parse(written, "Pulumi.prod.yaml").ProjectValues());
        Assert.True(settings.IsValid, string.Join("\n", settings.Errors));
        Assert.InRange(settings.Settings!.PlannedActions.Count, 1, 60);
        Assert.Contains($"wrote {settings.Settings.PlannedActions.Count} planned actions", cli.Out);

        Assert.Equal(0, cli.Run(Plan));
        Assert.Contains("already holds this plan; left unchanged", cli.Out);
        Assert.Equal(written, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void Summary_ShowsPeakActionsCostsAndThePricesUsed()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run"]));

        Assert.Contains("Peak: forecast P", cli.Out);
        Assert.Contains("Estimated monthly cost (30 days, 2048 MB", cli.Out);
        Assert.Contains("  planned schedule ", cli.Out);
        Assert.Contains("  max (100) provisioned all day ", cli.Out);
        Assert.Contains("  no provisioned concurrency ", cli.Out);
        Assert.Contains("prices: us-east-1 arm64, provisioned $0.0000033334/GB-s, duration on provisioned $0.0000077778/GB-s, on-demand $0.0000133334/GB-s", cli.Out);
    }

    [Fact]
    public void Json_HoldsTheActionsAsWrittenAndTheirTimelineInUtc()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--json", "plan.json"]));

        using var json = JsonDocument.Parse(PlanningFixture.Read(cli, "plan.json"));
        var root = json.RootElement;
        var written = StackSettingsLoader.Load(StackFile.Parse(PlanningFixture.Read(cli, "Pulumi.prod.yaml"), "p").ProjectValues()).Settings!.PlannedActions;
        var actions = root.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(written.Select(a => a.Name), actions.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(written.Select(a => a.Schedule), actions.Select(a => a.GetProperty("schedule").GetString()));
        var timeline = root.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("start").GetString(), timeline[0].GetProperty("at").GetString());
        Assert.All(timeline, c => Assert.EndsWith("Z", c.GetProperty("at").GetString()));
        Assert.Equal(576, root.GetProperty("forecast").GetProperty("upper").GetArrayLength());
    }

    [Fact]
    public void Summary_ShowsTheFrontier_TheAwsOnlyOptions_AndWhichRuleChose()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run"]));

        Assert.Contains("Self-tuning: the last 7 days replayed, each planned only from the days before it", cli.Out);
        Assert.Contains(" chosen", cli.Out);
        Assert.Contains("tracking on Maximum at 0.7", cli.Out);
        Assert.Contains("no provisioned concurrency", cli.Out);
        Assert.Contains("AWS only", cli.Out);
        Assert.Contains("Chosen: ", cli.Out);
        Assert.Contains(", by the rule: ", cli.Out);
    }

    [Fact]
    public void Json_CarriesTheFrontierAndTheChosenPointOnIt()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--json", "plan.json"]));

        using var json = JsonDocument.Parse(PlanningFixture.Read(cli, "plan.json"));
        var tuning = json.RootElement.GetProperty("tuning");
        var chosen = tuning.GetProperty("chosen");
        Assert.True(chosen.GetProperty("onFrontier").GetBoolean());
        Assert.Contains(tuning.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("name").GetString() == chosen.GetProperty("name").GetString());
        Assert.Equal(["tracking on Average at 0.7", "tracking on Maximum at 0.7", "no provisioned concurrency"],
            tuning.GetProperty("awsOnly").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(10, tuning.GetProperty("spillBudgetPercent").GetDouble(), 9);
    }

    [Fact]
    public void Chart_IsAPng()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--chart", "plan.png"]));

        var bytes = File.ReadAllBytes(Path.Combine(cli.Directory, "plan.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Fact]
    public void InvocationsCsvWithMeanDuration_IsPlannedToo()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "invocations.csv", "--format", "csv",
            "--metric", "invocations", "--mean-duration-ms", "1000", "--dry-run"));
        Assert.Contains("History used: ", cli.Out);
    }

    [Fact]
    public void BadHistory_ExitsOne_NamesTheLine_AndLeavesTheStackUntouched()
    {
        using var cli = PlanningFixture.Create();
        cli.Write("bad.csv", "timestamp,value\n2026-11-01T00:00:00Z,3\n2026-11-01T00:05:00Z,-2\n");

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "bad.csv"));

        Assert.Equal("bad.csv:3: value -2 is negative; concurrency and invocation counts cannot be.\n", cli.Error);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void TooLittleHistory_ExitsOne()
    {
        using var cli = PlanningFixture.Create();
        cli.Write("short.csv", "timestamp,value\n2026-11-01T00:00:00Z,3\n2026-11-01T00:05:00Z,2\n");

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "short.csv"));
        Assert.Equal("short.csv: covers 0.2 hours (2026-11-01T00:00:00Z to 2026-11-01T00:05:00Z); at least 24 hours of history are required.\n", cli.Error);
    }

    [Fact]
    public void MissingHistoryFile_ExitsTwo()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "nope.json"));
        Assert.Equal("nope.json: cannot read the history file: there is no such file.\n", cli.Error);
    }

    [Fact]
    public void MissingStackFile_ExitsTwo()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run("plan", "--stack-file", "Pulumi.nope.yaml", "--history", "concurrent-executions.json"));
        Assert.Equal("Pulumi.nope.yaml: cannot be read: there is no such file. Check the path, or run from the project root.\n", cli.Error);
    }

    [Fact]
    public void StackFileThatIsNotYaml_ExitsOneWithItsLine_AndIsUntouched()
    {
        using var cli = PlanningFixture.Create();
        const string broken = "config:\n  ai-lambda-infra:scaling:\n    max: [1, 2\n  aws:region: x\n";
        cli.Write("Pulumi.bad.yaml", broken);

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.bad.yaml", "--history", "concurrent-executions.json"));

        Assert.StartsWith("Pulumi.bad.yaml:4: is not valid YAML: ", cli.Error);
        Assert.Equal(broken, PlanningFixture.Read(cli, "Pulumi.bad.yaml"));
    }

    [Fact]
    public void StackFileWithoutScaling_ExitsOne()
    {
        using var cli = PlanningFixture.Create();
        cli.Write("Pulumi.dev.yaml", "config:\n  aws:region: us-east-1\n");

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.dev.yaml", "--history", "concurrent-executions.json"));
        Assert.Equal("Pulumi.dev.yaml: has no `ai-lambda-infra:scaling` section under `config:`; add one (at least `min` and `max`) before planning.\n", cli.Error);
    }

    [Fact]
    public void AutoscalingOff_IsRefused_AndTheStackIsUntouched()
    {
        using var cli = PlanningFixture.Create();
        const string text = "config:\n  ai-lambda-infra:scaling:\n    autoscaling: false\n    baseline: 5\n";
        cli.Write("Pulumi.dev.yaml", text);

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.dev.yaml", "--history", "concurrent-executions.json"));
        Assert.Equal("Pulumi.dev.yaml: `scaling.autoscaling` is false, so the target takes no scheduled actions and there is nothing to plan; set `scaling.autoscaling: true` to plan this stack.\n", cli.Error);
        Assert.Equal(text, PlanningFixture.Read(cli, "Pulumi.dev.yaml"));
    }

    [Fact]
    public void InvalidSettings_ExitOneWithTheirLines()
    {
        using var cli = PlanningFixture.Create();
        cli.Write("Pulumi.dev.yaml", "config:\n  ai-lambda-infra:scaling:\n    targetUtilization: 0.95\n");

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.dev.yaml", "--history", "concurrent-executions.json"));
        Assert.StartsWith("Pulumi.dev.yaml:3: `scaling.targetUtilization` must be between 0.1 and 0.9, got 0.95.\n", cli.Error);
    }

    [Fact]
    public void StaleHistory_IsPointedOut()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run"]));

        Assert.StartsWith("Warning: the plan starts where the history ends, 2014-04-24T00:45:00Z, ", cli.Out);
    }

    [Fact]
    public void UnreadableNow_IsAUsageError()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run([.. Plan, "--now", "tomorrow"]));
        Assert.Equal("error: --now 'tomorrow' is not an ISO-8601 instant such as 2026-11-30T06:00:00Z.\n", cli.Error);
    }

    [Fact]
    public void Now_StartsThePlanThereAndIgnoresLaterHistory()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--now", "2014-04-20T06:00:00Z", "--json", "plan.json"]));

        using var json = JsonDocument.Parse(PlanningFixture.Read(cli, "plan.json"));
        Assert.Equal("2014-04-20T06:00:00Z", json.RootElement.GetProperty("start").GetString());
        Assert.Contains("History used: 2014-04-10T00:00:00Z to 2014-04-20T06:00:00Z", cli.Out);
    }
}
