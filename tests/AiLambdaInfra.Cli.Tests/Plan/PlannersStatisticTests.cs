using System.Text.Json;

namespace AiLambdaInfra.Cli.Tests.Plan;

/// <summary>
/// A stack that leaves `scaling.statistic` unset leaves the statistic to the planner: `plan` changes it without any flag
/// where the replay measures the other one better with any one day left out, writes it under its own
/// `plannedStatistic`, and never touches `scaling`.
/// </summary>
public class PlannersStatisticTests
{
    // The same stack as ApplyRecommendationsTests, with the statistic the planner's: last night it chose Maximum. On
    // the shipped invocations sample the replay measures tracking on Average with a plan beneath it better.
    private const string StackText = """
        # the planner chooses the statistic
        config:
          aws:region: us-east-1
          ai-lambda-infra:scaling:
            min: 1
            max: 100
            timezone: America/New_York
          ai-lambda-infra:plannedStatistic: Maximum
        """;

    private static readonly string[] Plan = ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "invocations.csv", "--metric", "invocations", "--mean-duration-ms", "1000"];

    [Fact]
    public void UnsetStatistic_ThePlannerChangesIt_UnderItsOwnKey_AndTheNextNightKeepsIt()
    {
        using var cli = PlanningFixture.Create(StackText);

        Assert.Equal(0, cli.Run(Plan));

        Assert.Matches(@"Changed the planner's statistic \(`scaling.statistic` is unset; written under `ai-lambda-infra:plannedStatistic`\): `plannedStatistic: Average`, measured better with any one replayed day left out; planned again with it: plan P\d+ \+ tracking on Average at 0.7, ", cli.Out);
        Assert.Contains("and the statistic under `ai-lambda-infra:plannedStatistic`.", cli.Out);
        var written = PlanningFixture.Read(cli, "Pulumi.prod.yaml");
        Assert.StartsWith(StackText.Replace("plannedStatistic: Maximum", "plannedStatistic: Average"), written);
        Assert.Equal("Average", PlanningFixture.Statistic(cli));

        Assert.Equal(0, cli.Run(Plan));
        Assert.DoesNotContain("Changed the planner's statistic", cli.Out);
        Assert.Equal(written, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void PinnedStatistic_IsOnlyRecommended()
    {
        using var cli = PlanningFixture.Create(StackText.Replace("    timezone:", "    statistic: Maximum\n    timezone:").Replace("  ai-lambda-infra:plannedStatistic: Maximum", ""));

        Assert.Equal(0, cli.Run(Plan));

        Assert.DoesNotContain("Changed the planner's statistic", cli.Out);
        Assert.Contains("Recommendation (your key; written only by `plan --apply-recommendations`): `scaling.statistic: Average`", cli.Out);
        Assert.Equal("Maximum", PlanningFixture.Statistic(cli));
    }

    [Fact]
    public void Json_SaysTheChangeIsThePlannersOwn()
    {
        using var cli = PlanningFixture.Create(StackText);

        Assert.Equal(0, cli.Run([.. Plan, "--dry-run", "--json", "plan.json"]));

        using var json = JsonDocument.Parse(PlanningFixture.Read(cli, "plan.json"));
        var trial = json.RootElement.GetProperty("appliedRecommendation");
        Assert.True(trial.GetProperty("applied").GetBoolean());
        Assert.True(trial.GetProperty("plannersOwn").GetBoolean());
        Assert.Equal("Average", trial.GetProperty("keys").GetProperty("plannedStatistic").GetString());
        Assert.Equal(StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }
}
