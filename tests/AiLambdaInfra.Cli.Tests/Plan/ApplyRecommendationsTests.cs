using System.Text.Json;

namespace AiLambdaInfra.Cli.Tests.Plan;

/// <summary>
/// The stack owner's tracking keys are written only when `plan --apply-recommendations` asks: then the recommended
/// tracking is written, the plan is made for it, the next night leaves it, and the nightly report says what changed.
/// </summary>
public class ApplyRecommendationsTests
{
    // On the shipped invocations sample the replay measures tracking on Average with a plan beneath it better than any
    // plan under tracking on Maximum: less spill for less money.
    private const string StackText = """
        # tracking on the Maximum statistic
        config:
          aws:region: us-east-1
          ai-lambda-infra:scaling:
            min: 1
            max: 100
            statistic: Maximum   # chosen for bursts
            timezone: America/New_York
        """;

    private static readonly string[] History = ["--history", "invocations.csv", "--metric", "invocations", "--mean-duration-ms", "1000"];
    private static readonly string[] Plan = ["plan", "--stack-file", "Pulumi.prod.yaml", .. History];

    [Fact]
    public void WithoutTheFlag_TheRecommendationIsOnlyPrinted()
    {
        using var cli = PlanningFixture.Create(StackText);

        Assert.Equal(0, cli.Run(Plan));

        Assert.Contains("Recommendation (your key; written only by `plan --apply-recommendations`): `scaling.statistic: Average` would let the same rule choose", cli.Out);
        Assert.Equal("Maximum", PlanningFixture.Statistic(cli));
        Assert.StartsWith(StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void WithTheFlag_TheRecommendedTrackingIsWritten_AndPlannedFor_AndTheNextNightKeepsIt()
    {
        using var cli = PlanningFixture.Create(StackText);

        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations"]));

        Assert.Matches(@"Applied the recommendation \(--apply-recommendations\): `scaling.statistic: Average`; planned again with it: plan P\d+ \+ tracking on Average at 0.7, ", cli.Out);
        Assert.Contains("It also changes the target-tracking policy to the new tracking", cli.Out);
        // The frontier printed is the one planned again under the new tracking.
        Assert.Contains("plan P50 + tracking on Average at 0.7 ", cli.Out);
        Assert.DoesNotContain("+ tracking on Maximum at 0.7 ", cli.Out);
        var written = PlanningFixture.Read(cli, "Pulumi.prod.yaml");
        Assert.StartsWith(StackText.Replace("statistic: Maximum   # chosen", "statistic: Average   # chosen"), written);
        Assert.Equal("Average", PlanningFixture.Statistic(cli));

        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations"]));
        Assert.DoesNotContain("Applied the recommendation", cli.Out);
        Assert.Contains("already holds this plan; left unchanged", cli.Out);
        Assert.Equal(written, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void DryRun_ShowsTheTrackingLineInTheDiff_AndWritesNothing()
    {
        using var cli = PlanningFixture.Create(StackText);

        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations", "--dry-run"]));

        Assert.Contains("\n-    statistic: Maximum   # chosen for bursts\n+    statistic: Average   # chosen for bursts\n", cli.Out);
        Assert.Equal(StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void Json_CarriesTheRecommendation()
    {
        using var cli = PlanningFixture.Create(StackText);

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--json", "plan.json"]));

        using var json = JsonDocument.Parse(PlanningFixture.Read(cli, "plan.json"));
        var recommended = json.RootElement.GetProperty("tuning").GetProperty("recommended");
        Assert.Equal("Average", recommended.GetProperty("statistic").GetString());
        Assert.False(recommended.GetProperty("writable").GetBoolean());
        Assert.False(json.RootElement.TryGetProperty("appliedRecommendation", out _));

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--apply-recommendations", "--json", "applied.json"]));
        using var applied = JsonDocument.Parse(PlanningFixture.Read(cli, "applied.json"));
        var trial = applied.RootElement.GetProperty("appliedRecommendation");
        Assert.True(trial.GetProperty("applied").GetBoolean());
        Assert.Equal("Average", trial.GetProperty("keys").GetProperty("scaling.statistic").GetString());
        Assert.True(trial.GetProperty("after").GetProperty("spillPercent").GetDouble() < trial.GetProperty("before").GetProperty("spillPercent").GetDouble());
    }

    [Fact]
    public void NightlyReport_SaysWhichTrackingKeysChange_AndReplaysEachSideWithItsOwn()
    {
        using var cli = PlanningFixture.Create(StackText);
        File.Copy(Path.Combine(cli.Directory, "Pulumi.prod.yaml"), Path.Combine(cli.Directory, "before.yaml"));
        Assert.Equal(0, cli.Run([.. Plan, "--apply-recommendations"]));

        Assert.Equal(0, cli.Run(["nightly-report", "--before", "before.yaml", "--stack-file", "Pulumi.prod.yaml", .. History, "--markdown", "pr.md"]));

        var text = PlanningFixture.Read(cli, "pr.md");
        Assert.Contains("**Tracking changes** (the planner's `plannedStatistic`, or your keys as `--apply-recommendations` or a hand edit wrote them): `scaling.statistic`: Maximum → Average.", text);
    }
}
