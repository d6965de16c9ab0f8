namespace AiLambdaInfra.Cli.Tests.Plan;

/// <summary>A scratch folder with a stack file and the shipped history samples.</summary>
internal static class PlanningFixture
{
    public const string StackText = """
        # test stack
        config:
          aws:region: us-east-1
          ai-lambda-infra:function:
            memoryMb: 2048
            architecture: arm64
            environment:
              TOKEN:
                secure: v1:AAAABBBBCCCCDDDD
          ai-lambda-infra:scaling:
            min: 1
            max: 100
            timezone: America/New_York   # traffic follows New York
          ai-lambda-infra:planner:
            maxActions: 60
            spillBudgetPercent: 10   # loose enough that the shipped sample's self-tuning plans actions
        """;

    public static CliRun Create()
    {
        var cli = new CliRun();
        cli.Write("Pulumi.prod.yaml", StackText);
        foreach (var name in new[] { "concurrent-executions.json", "invocations.csv" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "history", name), Path.Combine(cli.Directory, name));
        return cli;
    }

    /// <summary>The fixture with <paramref name="stackText"/> as its stack file.</summary>
    public static CliRun Create(string stackText)
    {
        var cli = Create();
        cli.Write("Pulumi.prod.yaml", stackText);
        return cli;
    }

    public static string Read(CliRun cli, string name) => File.ReadAllText(Path.Combine(cli.Directory, name));

    /// <summary>The tracking statistic the stack file now holds, as the stack reads it.</summary>
    public static string Statistic(CliRun cli) =>
        AiLambdaInfra.Scaling.StackFiles.StackFileSettings.Read(AiLambdaInfra.Scaling.StackFiles.StackFile.Load(Path.Combine(cli.Directory, "Pulumi.prod.yaml"))).Settings!.Scaling.Statistic;
}
