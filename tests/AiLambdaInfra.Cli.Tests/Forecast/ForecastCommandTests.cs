using AiLambdaInfra.Cli.Tests.Plan;

namespace AiLambdaInfra.Cli.Tests.Forecast;

public class ForecastCommandTests
{
    [Fact]
    public void Forecast_PrintsTheForecastAndWhatItWouldSchedule_AndChangesNothing()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run("forecast", "--history", "concurrent-executions.json", "--stack-file", "Pulumi.prod.yaml"));

        Assert.Contains("hour (UTC)", cli.Out);
        Assert.Contains("Would schedule (nothing written):", cli.Out);
        Assert.Contains("planned-", cli.Out);
        Assert.Contains("Self-tuning: the last 7 days replayed", cli.Out);
        Assert.Contains("Chosen: ", cli.Out);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
        Assert.Equal(3, Directory.GetFiles(cli.Directory).Length); // the stack file and the two samples: nothing new
    }

    [Fact]
    public void WithoutAStackFile_DefaultSettingsAreUsedAndSaid()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(0, cli.Run("forecast", "--history", "concurrent-executions.json"));

        Assert.StartsWith("No --stack-file: using the default settings (capacity 1–10, target utilization 0.7, time zone UTC).", cli.Out);
        Assert.Contains("Warning: the forecast needs up to ", cli.Out);
    }

    [Fact]
    public void SameInput_PrintsTheSameForecast()
    {
        using var cli = PlanningFixture.Create();

        cli.Run("forecast", "--history", "concurrent-executions.json", "--json", "a.json");
        cli.Run("forecast", "--history", "concurrent-executions.json", "--json", "b.json");

        Assert.Equal(PlanningFixture.Read(cli, "a.json"), PlanningFixture.Read(cli, "b.json"));
    }
}
