using System.Text.Json.Nodes;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// Edits of <c>scaling.min</c> and <c>scaling.max</c> in the stack file reach what <c>pulumi up</c> deploys: the target's
/// input changes and the target does not ignore it (an ignored input would keep its old value in AWS). Tracking keys
/// written from a recommendation change the one target-tracking policy in place.
/// </summary>
public class ScalingEditTests
{
    [Theory]
    [InlineData("min", "minCapacity", 1)]
    [InlineData("max", "maxCapacity", 180)]
    public async Task ProdScalingEdit_ChangesTheDeployedTarget(string key, string property, int value)
    {
        var config = StackConfigFile.Load("prod");
        var scaling = JsonNode.Parse(config[$"{StackConfigFile.ProjectName}:scaling"])!;
        scaling[key] = value;
        config[$"{StackConfigFile.ProjectName}:scaling"] = scaling.ToJsonString();

        var before = await StackRun.ForStackFileAsync("prod");
        var after = await StackRun.RunAsync("prod", config);

        Assert.NotEqual(value, before.Single(ResourceTypes.ScalableTarget).Number(property));
        Assert.Equal(value, after.Single(ResourceTypes.ScalableTarget).Number(property));
        Assert.DoesNotContain(property, after.Options["inference-scalable-target"].IgnoreChanges);
    }
    [Fact]
    public async Task RecommendedTrackingWritten_UpdatesTheSamePolicy_AndEveryOtherResourceStays()
    {
        // What `plan --apply-recommendations` writes: scaling.statistic and scaling.targetUtilization only.
        var config = StackConfigFile.Load("prod");
        var scaling = JsonNode.Parse(config[$"{StackConfigFile.ProjectName}:scaling"])!;
        scaling["statistic"] = "Average";
        scaling["targetUtilization"] = 0.9;
        config[$"{StackConfigFile.ProjectName}:scaling"] = scaling.ToJsonString();

        var before = await StackRun.ForStackFileAsync("prod");
        var after = await StackRun.RunAsync("prod", config);

        // The same logical name and policy name: pulumi up updates the policy, it does not create a second one.
        var (old, updated) = (before.Single(ResourceTypes.ScalingPolicy), after.Single(ResourceTypes.ScalingPolicy));
        Assert.Equal((old.Name, old.String("name")), (updated.Name, updated.String("name")));
        var configuration = updated.Object("targetTrackingScalingPolicyConfiguration");
        Assert.False(MockedResource.Has(configuration, "customizedMetricSpecification"));
        Assert.Equal(0.9, (double)configuration["targetValue"]);
        Assert.Equal(before.Resources.Select(r => (r.Type, r.Name)).Order(), after.Resources.Select(r => (r.Type, r.Name)).Order());
    }

    [Fact]
    public async Task PlannersStatistic_TracksWhereTheStackLeavesItUnset_InTheSamePolicy()
    {
        // A stack without scaling.statistic, and the planner's `plannedStatistic` written beside it.
        var config = StackConfigFile.Load("prod");
        var scaling = JsonNode.Parse(config[$"{StackConfigFile.ProjectName}:scaling"])!.AsObject();
        scaling.Remove("statistic");
        config[$"{StackConfigFile.ProjectName}:scaling"] = scaling.ToJsonString();
        var unset = await StackRun.RunAsync("prod", config);
        config[$"{StackConfigFile.ProjectName}:plannedStatistic"] = "Maximum";
        var planned = await StackRun.RunAsync("prod", config);

        var (average, maximum) = (unset.Single(ResourceTypes.ScalingPolicy), planned.Single(ResourceTypes.ScalingPolicy));
        Assert.False(MockedResource.Has(average.Object("targetTrackingScalingPolicyConfiguration"), "customizedMetricSpecification"));
        Assert.True(MockedResource.Has(maximum.Object("targetTrackingScalingPolicyConfiguration"), "customizedMetricSpecification"));
        Assert.Equal((average.Name, average.String("name")), (maximum.Name, maximum.String("name")));
        Assert.Equal(unset.Resources.Select(r => (r.Type, r.Name)).Order(), planned.Resources.Select(r => (r.Type, r.Name)).Order());
    }
}
