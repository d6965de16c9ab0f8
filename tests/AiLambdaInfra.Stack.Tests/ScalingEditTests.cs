using System.Text.Json.Nodes;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// Edits of <c>scaling.min</c> and <c>scaling.max</c> in the stack file reach what <c>pulumi up</c> deploys: the target's
/// input changes and the target does not ignore it (an ignored input would keep its old value in AWS).
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
}
