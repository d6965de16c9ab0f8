using System.Collections.Immutable;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>The program run for <c>Pulumi.dev.yaml</c>: small and cheap, no schedules.</summary>
public class DevStackTests
{
    private static Task<StackRun> Dev() => StackRun.ForStackFileAsync("dev");

    [Fact]
    public async Task DevStack_HasNoScheduledActions()
    {
        var run = await Dev();

        Assert.Empty(run.OfType(ResourceTypes.ScheduledAction));
    }

    [Fact]
    public async Task DevStack_KeepsCapacityLow()
    {
        var run = await Dev();

        Assert.Equal(1, run.Single(ResourceTypes.ProvisionedConcurrency).Number("provisionedConcurrentExecutions"));
        var target = run.Single(ResourceTypes.ScalableTarget);
        Assert.Equal((1, 3), (target.Number("minCapacity"), target.Number("maxCapacity")));
    }

    [Fact]
    public async Task DevStack_PublishesTheFunctionBehindItsAlias()
    {
        var run = await Dev();

        var function = run.Single(ResourceTypes.Function);
        Assert.True((bool)function.Inputs["publish"]);
        Assert.Equal(["arm64"], function.List("architectures").Cast<string>());
        Assert.Equal($"arn:aws:iam::{StrictMocks.Account}:role/{run.Single(ResourceTypes.Role).String("name")}", function.String("role"));
        var alias = run.Single(ResourceTypes.Alias);
        Assert.Equal(run.FunctionName, alias.String("functionName"));
        Assert.Equal("3", alias.String("functionVersion"));
    }

    [Fact]
    public async Task DevStack_GeneratedNameEndsWithTheRandomSuffix()
    {
        var run = await Dev();

        var suffix = run.Single(ResourceTypes.RandomId);
        Assert.Equal(4, suffix.Number("byteLength"));
        Assert.Equal(ImmutableDictionary<string, object>.Empty.Add("region", "us-east-1"), suffix.Object("keepers"));
        Assert.Equal($"{StackConfigFile.ProjectName}-dev-{StrictMocks.SuffixHex(suffix.Name)}", run.FunctionName);
    }

    [Fact]
    public async Task AverageStatistic_UsesThePredefinedUtilizationMetric()
    {
        var run = await Dev();

        var configuration = run.Single(ResourceTypes.ScalingPolicy).Object("targetTrackingScalingPolicyConfiguration");
        Assert.False(MockedResource.Has(configuration, "customizedMetricSpecification"));
        var predefined = (ImmutableDictionary<string, object>)configuration["predefinedMetricSpecification"];
        Assert.Equal("LambdaProvisionedConcurrencyUtilization", predefined["predefinedMetricType"]);
    }

    [Fact]
    public async Task DevStack_LeavesOutTheAlarmItTurnsOff()
    {
        var run = await Dev();

        Assert.Equal(
            ["inference-alarm-duration-p99", "inference-alarm-error-rate", "inference-alarm-rejected-payloads", "inference-alarm-spillover", "inference-alarm-throttles"],
            run.OfType(ResourceTypes.MetricAlarm).Select(alarm => alarm.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DevStack_RunsTheZipPackageOnTheManagedRuntime()
    {
        var run = await Dev();

        var function = run.Single(ResourceTypes.Function);
        Assert.Equal(("Zip", "dotnet8"), (function.String("packageType"), function.String("runtime")));
        Assert.True(function.Has("code"));
        Assert.False(function.Has("imageUri"));
        Assert.Equal(2048, function.Number("memorySize"));
        Assert.Equal(30, function.Number("timeout"));
        var variables = (ImmutableDictionary<string, object>)function.Object("environment")["variables"];
        Assert.Equal("debug", variables["LOG_LEVEL"]);
    }
}
