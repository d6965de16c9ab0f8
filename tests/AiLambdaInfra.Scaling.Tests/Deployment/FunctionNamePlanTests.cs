using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class FunctionNamePlanTests
{
    [Fact]
    public void DefaultName_IsProjectStackAndEightHexSuffix()
    {
        var naming = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), SampleSettings.Context);

        Assert.Null(naming.FixedName);
        Assert.Equal("ai-lambda-infra-prod-0a1b2c3d", naming.Resolve("0a1b2c3d"));
        Assert.Equal(4, naming.Suffix!.ByteLength);
        Assert.Equal("inference-name-suffix", naming.Suffix.LogicalName);
    }

    [Fact]
    public void RandomSuffix_IsKeptByTheRegionOnly()
    {
        var naming = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), SampleSettings.Context);

        Assert.Equal(new Dictionary<string, string> { ["region"] = "eu-west-1" }, naming.Suffix!.Keepers);
    }

    [Fact]
    public void UnknownRegion_LeavesTheSuffixWithoutKeepers()
    {
        var naming = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), SampleSettings.Context with { Region = null });

        Assert.Empty(naming.Suffix!.Keepers);
    }

    [Fact]
    public void NameFromConfig_IsUsedAsGivenWithoutRandomSuffix()
    {
        var naming = DeploymentPlanBuilder.FunctionName(new FunctionSettings { Name = "image-classifier" }, SampleSettings.Context);

        Assert.Null(naming.Suffix);
        Assert.Equal("image-classifier", naming.Resolve(null));
    }

    [Fact]
    public void LongProjectAndStack_AreCutSoTheSuffixStillFits()
    {
        var context = SampleSettings.Context with { ProjectName = new string('p', 40), StackName = new string('s', 40) };

        var name = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), context).Resolve("deadbeef");

        Assert.Equal(AwsLimits.MaxFunctionNameLength, name.Length);
        Assert.EndsWith("-deadbeef", name);
        Assert.StartsWith(new string('p', 40) + "-", name);
    }

    [Fact]
    public void CutEndingInHyphen_DoesNotDoubleTheSeparator()
    {
        // 54 characters then the hyphen between project and stack lands at the cut.
        var context = SampleSettings.Context with { ProjectName = new string('p', 54), StackName = "dev" };

        var name = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), context).Resolve("deadbeef");

        Assert.Equal(new string('p', 54) + "-deadbeef", name);
    }

    [Fact]
    public void CharactersLambdaRejects_AreReplacedByHyphens()
    {
        var context = SampleSettings.Context with { StackName = "team.dev" };

        var name = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), context).Resolve("00ff00ff");

        Assert.Equal("ai-lambda-infra-team-dev-00ff00ff", name);
    }

    [Fact]
    public void GeneratedName_WithoutSuffix_IsRefused()
    {
        var naming = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), SampleSettings.Context);

        Assert.Throws<ArgumentException>(() => naming.Resolve(null));
    }

    [Property]
    public Property GeneratedNames_FitLambdaLimitsForAnyProjectAndStack(NonEmptyString project, NonEmptyString stack)
    {
        var context = SampleSettings.Context with { ProjectName = project.Get, StackName = stack.Get };

        var name = DeploymentPlanBuilder.FunctionName(new FunctionSettings(), context).Resolve("0123abcd");

        return (name.Length <= AwsLimits.MaxFunctionNameLength
                && name.EndsWith("-0123abcd", StringComparison.Ordinal)
                && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            .Label($"name '{name}'");
    }
}
