using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class PhysicalNamesTests
{
    [Fact]
    public void GeneratedName_IsProjectStackAndTheSuffix() =>
        Assert.Equal("ai-lambda-infra-prod-0a1b2c3d", PhysicalNames.GeneratedFunctionName("ai-lambda-infra", "prod", "0a1b2c3d"));

    [Fact]
    public void LongProjectAndStack_AreCutSoTheSuffixStillFits()
    {
        var name = PhysicalNames.GeneratedFunctionName(new string('p', 40), new string('s', 40), "deadbeef");

        Assert.Equal(AwsLimits.MaxFunctionNameLength, name.Length);
        Assert.EndsWith("-deadbeef", name);
        Assert.StartsWith(new string('p', 40) + "-", name);
    }

    [Fact]
    public void CutEndingInHyphen_DoesNotDoubleTheSeparator() =>
        // 54 characters, then the hyphen between project and stack lands at the cut.
        Assert.Equal(new string('p', 54) + "-deadbeef", PhysicalNames.GeneratedFunctionName(new string('p', 54), "dev", "deadbeef"));

    [Fact]
    public void CharactersLambdaRejects_AreReplacedByHyphens() =>
        Assert.Equal("ai-lambda-infra-team-dev-00ff00ff", PhysicalNames.GeneratedFunctionName("ai-lambda-infra", "team.dev", "00ff00ff"));

    [Fact]
    public void GeneratedName_WithoutSuffix_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PhysicalNames.GeneratedFunctionName("ai-lambda-infra", "prod", ""));

    [Property]
    public Property GeneratedNames_FitLambdaLimitsForAnyProjectAndStack(NonEmptyString project, NonEmptyString stack)
    {
        var name = PhysicalNames.GeneratedFunctionName(project.Get, stack.Get, "0123abcd");

        return (name.Length <= AwsLimits.MaxFunctionNameLength
                && name.EndsWith("-0123abcd", StringComparison.Ordinal)
                && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            .Label($"name '{name}'");
    }

    [Fact]
    public void RandomSuffix_IsKeptByTheRegionOnly()
    {
        Assert.Equal(new Dictionary<string, string> { ["region"] = "eu-west-1" }, RandomSuffix.Keepers("eu-west-1"));
        Assert.Empty(RandomSuffix.Keepers(null));
        Assert.Equal(4, RandomSuffix.ByteLength);
    }

    [Fact]
    public void RoleName_IsTheFunctionNamePlusRole() =>
        Assert.Equal("ai-lambda-infra-prod-0a1b2c3d-role", PhysicalNames.Role("ai-lambda-infra-prod-0a1b2c3d"));

    [Fact]
    public void LongRoleName_LosesItsMiddleAndKeepsPrefixAndSuffix()
    {
        var name = PhysicalNames.Role(new string('p', 55) + "-deadbeef");

        Assert.Equal(AwsLimits.MaxRoleNameLength, name.Length);
        Assert.Equal(new string('p', 50) + "-deadbeef-role", name);
    }

    [Fact]
    public void OtherNames_DeriveFromTheFunctionName()
    {
        Assert.Equal("/aws/lambda/fn-1", PhysicalNames.LogGroup("fn-1"));
        Assert.Equal("fn-1-alarms", PhysicalNames.Topic("fn-1"));
        Assert.Equal("fn-1-utilization-tracking", PhysicalNames.TrackingPolicy("fn-1"));
        Assert.Equal("fn-1-eu-west-1", PhysicalNames.Dashboard("fn-1", "eu-west-1"));
    }

    [Fact]
    public void Tags_AreTheConfigsTagsPlusProjectAndStack() =>
        Assert.Equal(
            new Dictionary<string, string> { ["cost-center"] = "4711", ["pulumi:project"] = "ai-lambda-infra", ["pulumi:stack"] = "prod", ["team"] = "ml-platform" },
            ManagedTags.With(SampleSettings.Prod().Tags, "ai-lambda-infra", "prod"));

    [Fact]
    public void StartAndEndTimes_AreRenderedAsUtcRfc3339()
    {
        Assert.Equal("2026-12-01T08:00:00Z", ScheduleTimes.Rfc3339Utc(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1))));
        Assert.Null(ScheduleTimes.Rfc3339Utc(null));
    }
}
