namespace AiLambdaInfra.Cli.Tests.Validate;

/// <summary>A codePath written inside the project but leading out of it through a symbolic link is refused.</summary>
public class CodePathLinkTests
{
    [Fact]
    public void CodePathThroughALinkOutOfTheProject_IsRejected()
    {
        using var cli = new CliRun();
        using var outside = new CliRun();
        var secret = outside.Write("fn.zip", "not ours");
        Directory.CreateSymbolicLink(Path.Combine(cli.Directory, "dist"), outside.Directory);
        cli.Write("Pulumi.dev.yaml", "config:\n  ai-lambda-infra:function:\n    codePath: dist/fn.zip\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.dev.yaml"));

        Assert.Equal(
            $"Pulumi.dev.yaml:3: `function.codePath` must stay inside the project, got \"dist/fn.zip\": a symbolic link on the way leads it outside, to '{secret}', so a stack file could package any file the deployer can read. Copy the zip into the project instead of linking to it.\n" +
            "Pulumi.dev.yaml: 1 error.\n", cli.Error);
    }

    [Fact]
    public void CodePathThroughALinkWithinTheProject_IsValid()
    {
        using var cli = new CliRun();
        cli.Write("build/fn.zip", "zip");
        Directory.CreateSymbolicLink(Path.Combine(cli.Directory, "dist"), "build");
        cli.Write("Pulumi.dev.yaml", "config:\n  ai-lambda-infra:function:\n    codePath: dist/fn.zip\n");

        Assert.Equal(0, cli.Run("validate", "Pulumi.dev.yaml"));
    }
}
