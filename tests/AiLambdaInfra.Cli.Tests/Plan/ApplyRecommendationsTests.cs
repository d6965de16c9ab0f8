using System.Text.Json;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Cli.Tests.Plan;

/// <summary>
/// The stack owner's tracking keys are written only when `plan --apply-recommendations` asks: then the recommended
/// tracking is written, the plan is made for it, the next night leaves it, and the nightly report says what changed.
/// </summary>
public class ApplyRecommendationsTests
{
    // On the shipped sample the replay measures tracking at 0.9 better than any plan under tracking at 0.7.
    private const string StackText = """
        # tracking left at its defaults
        config:
          aws:region: us-east-1
          ai-lambda-infra:scaling:
            min: 1
            max: 100   # the function's reserved concurrency
            timezone: America/New_York
        """;

    private static readonly string[] Plan = ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json"];

    private static CliRun Create()
    {
        var cli = PlanningFixture.Create();
        cli.Write("Pulumi.prod.yaml", StackText);
        return cli;
    }

    private static double TargetUtilization(CliRun cli) =>
        StackFileSettings.Read(StackFile.Load(Path.Combine(cli.Directory, "Pulumi.prod.yaml"))).Settings!.Scaling.TargetUtilization;

    [Fact]
    public void WithoutTheFlag_TheRecommendationIsOnlyPrinted()
    {
        using var cli = Create();

        Assert.Equal(0, cli.Run(Plan));

        Assert.Contains("Recommendation (your key; written only with --apply-recommendations): `scaling.targetUtilization: 0.9` would let the same rule choose", cli.Out);
        Assert.Equal(0.7, TargetUtilization(cli));
        Assert.StartsWith(StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void WithTheFlag_TheRecommendedTrackingIsWritten_AndPlannedFor_AndTheNextNightKeepsIt()
    {
        using var cli = Create();

        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations"]));

        Assert.Contains("Applied the recommendation (--apply-recommendations): `scaling.targetUtilization: 0.9`; measured ", cli.Out);
        Assert.Contains("It also updates the target-tracking policy to the recommended tracking.", cli.Out);
        // The frontier printed is the one planned again under the new tracking.
        Assert.Contains("plan P50 + tracking on Average at 0.9 ", cli.Out);
        Assert.DoesNotContain("+ tracking on Average at 0.7 ", cli.Out);
        var written = PlanningFixture.Read(cli, "Pulumi.prod.yaml");
        Assert.StartsWith(StackText.Replace("    timezone: America/New_York", "    timezone: America/New_York\n    targetUtilization: 0.9"), written);
        Assert.Equal(0.9, TargetUtilization(cli));

        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations"]));
        Assert.DoesNotContain("Applied the recommendation", cli.Out);
        Assert.Contains("already holds this plan; left unchanged", cli.Out);
        Assert.Equal(written, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void DryRun_ShowsTheTrackingLineInTheDiff_AndWritesNothing()
    {
        using var cli = Create();

        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations", "--dry-run"]));

        Assert.Contains("\n+    targetUtilization: 0.9\n", cli.Out);
        Assert.Equal(StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void Json_CarriesTheRecommendation()
    {
        using var cli = Create();

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--json", "plan.json"]));

        using var json = JsonDocument.Parse(PlanningFixture.Read(cli, "plan.json"));
        var recommended = json.RootElement.GetProperty("tuning").GetProperty("recommended");
        Assert.Equal(0.9, recommended.GetProperty("targetUtilization").GetDouble());
        Assert.False(recommended.GetProperty("writable").GetBoolean());
    }

    [Fact]
    public void NightlyReport_SaysWhichTrackingKeysChange_AndReplaysEachSideWithItsOwn()
    {
        using var cli = Create();
        File.Copy(Path.Combine(cli.Directory, "Pulumi.prod.yaml"), Path.Combine(cli.Directory, "before.yaml"));
        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations"]));

        Assert.Equal(0, cli.Run("nightly-report", "--before", "before.yaml", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json", "--markdown", "pr.md"));

        var text = PlanningFixture.Read(cli, "pr.md");
        Assert.Contains("**Tracking changes** (recommended by the replay, written by `--apply-recommendations`): `scaling.targetUtilization`: 0.7 → 0.9.", text);
    }
}
