namespace AiLambdaInfra.Cli.Tests.Validate;

public class ValidateCommandTests
{
    private const string Valid = "config:\n  ai-lambda-infra:scaling:\n    max: 20\n";

    [Fact]
    public void ValidStackFile_ExitsZeroAndSaysSo()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.dev.yaml", Valid);

        Assert.Equal(0, cli.Run("validate", "Pulumi.dev.yaml"));
        Assert.Equal("Pulumi.dev.yaml: valid (capacity 1–20, 0 scheduled and 0 planned actions, Average (the planner's) tracking at 0.7).\n", cli.Out);
    }

    [Fact]
    public void SetStatistic_IsReportedAsTheStacks()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.dev.yaml", Valid + "    statistic: Maximum\n");

        Assert.Equal(0, cli.Run("validate", "Pulumi.dev.yaml"));
        Assert.Equal("Pulumi.dev.yaml: valid (capacity 1–20, 0 scheduled and 0 planned actions, Maximum tracking at 0.7).\n", cli.Out);
    }

    [Fact]
    public void InvalidStackFile_ListsEveryErrorWithItsLineAndExitsOne()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.prod.yaml", "config:\n  ai-lambda-infra:function:\n    memoryMb: 64\n  ai-lambda-infra:scaling:\n    targetUtilization: 0.95\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.prod.yaml"));
        Assert.Equal(
            "Pulumi.prod.yaml:3: `function.memoryMb` must be between 128 and 10240, got 64.\n" +
            "Pulumi.prod.yaml:5: `scaling.targetUtilization` must be between 0.1 and 0.9, got 0.95.\n" +
            "Pulumi.prod.yaml: 2 errors.\n", cli.Error);
    }

    [Fact]
    public void NoFilesGiven_ChecksEveryStackFileInTheFolder()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.yaml", "name: ai-lambda-infra\nruntime: dotnet\n");
        cli.Write("Pulumi.a.yaml", Valid);
        cli.Write("Pulumi.b.yaml", "config:\n  ai-lambda-infra:scaling:\n    statistic: p99\n");

        Assert.Equal(1, cli.Run("validate"));
        Assert.StartsWith("Pulumi.a.yaml: valid", cli.Out);
        Assert.StartsWith("Pulumi.b.yaml:3: `scaling.statistic` must be one of Average, Maximum, got \"p99\".", cli.Error);
    }

    [Fact]
    public void BrokenYaml_ExitsOneNamingTheLine()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.x.yaml", "config:\n  ai-lambda-infra:scaling: {max: 3\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.x.yaml"));
        Assert.Matches(@"^Pulumi\.x\.yaml:\d+: is not valid YAML", cli.Error);
    }

    [Fact]
    public void MissingFile_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("validate", "Pulumi.nope.yaml"));
        Assert.Equal("Pulumi.nope.yaml: cannot be read: there is no such file. Check the path, or run from the project root.\n", cli.Error);
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("validate", "--strict"));
        Assert.Contains("--strict", cli.Error);
    }
}
