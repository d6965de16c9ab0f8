namespace AiLambdaInfra.Cli.Tests.Validate;

/// <summary>A huge or badly broken stack file gets a bounded answer: at most 50 errors listed, values cut short.</summary>
public class FloodTests
{
    [Fact]
    public void SixtyBrokenRules_ListFiftyAndCountTheRest()
    {
        using var cli = new CliRun();
        var names = string.Concat(Enumerable.Range(0, 60).Select(i => $"      {i}BAD: x\n"));
        cli.Write("Pulumi.dev.yaml", "config:\n  ai-lambda-infra:function:\n    environment:\n" + names);

        Assert.Equal(1, cli.Run("validate", "Pulumi.dev.yaml"));

        var lines = cli.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(52, lines.Length);
        Assert.Equal("Pulumi.dev.yaml:4: `function.environment.0BAD` is not a valid variable name: start with a letter, then letters, digits or underscores.", lines[0]);
        Assert.Equal("Pulumi.dev.yaml: … and 10 more errors, not listed; fix these first and run `ailambda validate` again.", lines[50]);
        Assert.Equal("Pulumi.dev.yaml: 60 errors.", lines[51]);
    }

    [Fact]
    public void HugeValue_IsEchoedCutShort()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.dev.yaml", "config:\n  ai-lambda-infra:function:\n    name: \"" + new string('x', 900_000) + "!\"\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.dev.yaml"));

        Assert.Equal(
            $"Pulumi.dev.yaml:3: `function.name` must be 1 to 64 letters, digits, hyphens or underscores, got \"{new string('x', 40)}…\".\n" +
            "Pulumi.dev.yaml: 1 error.\n", cli.Error);
    }

    [Fact]
    public void HugeNumber_IsEchoedCutShort()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.dev.yaml", "config:\n  ai-lambda-infra:scaling:\n    max: 0" + new string('7', 100_000) + "\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.dev.yaml"));

        Assert.StartsWith($"Pulumi.dev.yaml:3: `scaling.max` is 0{new string('7', 39)}…, a number with a leading zero", cli.Error);
    }
}
