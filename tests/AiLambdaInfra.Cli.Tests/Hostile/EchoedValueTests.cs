namespace AiLambdaInfra.Cli.Tests.Hostile;

/// <summary>No value from a user's file reaches the output as a line of its own: no forged CI annotation, no raw control byte.</summary>
public class EchoedValueTests
{
    [Fact]
    public void RegionHoldingALineBreakAndAnAnnotation_IsRejectedAndEchoedEscaped()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.dev.yaml", "config:\n  aws:region: \"us-east-1\\n::error title=forged::pwned\"\n  ai-lambda-infra:scaling:\n    max: 20\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.dev.yaml"));

        Assert.Equal(
            "Pulumi.dev.yaml:2: `aws:region` must be an AWS region name (two letters, words and a number joined by hyphens, such as us-east-1 or eu-west-2), got \"us-east-1\\n::error title=forged::pwned\". Write the region the stack deploys to, as `aws ec2 describe-regions` lists it.\n" +
            "Pulumi.dev.yaml: 1 error.\n", cli.Error);
    }

    [Fact]
    public void RegionNotNamedLikeOne_IsRejectedByPlanBeforeItIsUsed()
    {
        using var cli = Plan.PlanningFixture.Create();
        cli.Write("Pulumi.prod.yaml", Plan.PlanningFixture.StackText.Replace("aws:region: us-east-1", "aws:region: US East"));

        Assert.Equal(1, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "invocations.csv", "--dry-run"));

        Assert.StartsWith("Pulumi.prod.yaml:3: `aws:region` must be an AWS region name (two letters, words and a number joined by hyphens, such as us-east-1 or eu-west-2), got \"US East\".", cli.Error);
    }

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("eu-west-9")]
    [InlineData("us-gov-west-1")]
    [InlineData("ap-southeast-4")]
    public void RegionNamedLikeOne_IsValid(string region)
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.dev.yaml", $"config:\n  aws:region: {region}\n  ai-lambda-infra:scaling:\n    max: 20\n");

        Assert.Equal(0, cli.Run("validate", "Pulumi.dev.yaml"));
    }

    [Fact]
    public void CarriageReturnInsideALine_IsEscaped_WhileCrlfEndsTheLine()
    {
        var output = new StringWriter();
        var writer = new EscapingWriter(output);

        writer.Write("tags: a\r::error title=forged::x\r\n");
        writer.Write("next\r");
        writer.Write("::warning::y");
        writer.Write('\r');
        writer.Write('\n');
        writer.Write("last\r");
        writer.Flush();

        Assert.Equal("tags: a\\r::error title=forged::x\r\nnext\\r::warning::y\r\nlast\\r", output.ToString());
    }
}
