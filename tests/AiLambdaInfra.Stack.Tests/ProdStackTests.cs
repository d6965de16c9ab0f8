using System.Collections.Immutable;
using Pulumi;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>The program run for <c>Pulumi.prod.yaml</c>: realistic capacity, weekday schedules, Maximum tracking.</summary>
public class ProdStackTests
{
    private static Task<StackRun> Prod() => StackRun.ForStackFileAsync("prod");

    [Fact]
    public async Task ProdStack_CreatesEveryResourceTypeOfTheDesign()
    {
        var run = await Prod();

        Assert.Equal(
            new[]
            {
                ResourceTypes.Component, ResourceTypes.Role, ResourceTypes.RolePolicy, ResourceTypes.LogGroup, ResourceTypes.Function,
                ResourceTypes.Alias, ResourceTypes.ProvisionedConcurrency, ResourceTypes.ScalableTarget, ResourceTypes.ScheduledAction,
                ResourceTypes.ScalingPolicy, ResourceTypes.MetricAlarm, ResourceTypes.Topic, ResourceTypes.RandomId,
                ResourceTypes.TopicSubscription, ResourceTypes.Dashboard,
            }.Order(),
            run.Resources.Select(resource => resource.Type).Distinct().Order());
    }

    [Fact]
    public async Task ProdStack_ProvisionsAtLeastTwoAndLetsAutoScalingOwnTheNumber()
    {
        var run = await Prod();

        var concurrency = run.Single(ResourceTypes.ProvisionedConcurrency);
        Assert.Equal(4, concurrency.Number("provisionedConcurrentExecutions"));
        Assert.Equal(run.FunctionName, concurrency.String("functionName"));
        Assert.Equal(run.AliasName, concurrency.String("qualifier"));
    }

    [Fact]
    public async Task ProdStack_RegistersTheAliasAsScalableTargetAfterItsProvisionedConcurrency()
    {
        var run = await Prod();

        var target = run.Single(ResourceTypes.ScalableTarget);
        Assert.Equal("lambda", target.String("serviceNamespace"));
        Assert.Equal("lambda:function:ProvisionedConcurrency", target.String("scalableDimension"));
        Assert.Equal($"function:{run.FunctionName}:{run.AliasName}", target.String("resourceId"));
        Assert.Equal((2, 150), (target.Number("minCapacity"), target.Number("maxCapacity")));
        Assert.True(target.Started > run.Single(ResourceTypes.ProvisionedConcurrency).Completed);
    }

    [Fact]
    public async Task ProdStack_ChainsScheduledActions()
    {
        var run = await Prod();

        var actions = run.OfType(ResourceTypes.ScheduledAction);
        Assert.Equal(["weekday-open", "weekday-close"], actions.Select(action => action.String("name")));
        var target = run.Single(ResourceTypes.ScalableTarget);
        var previousCompleted = target.Completed;
        foreach (var action in actions)
        {
            Assert.True(action.Started > previousCompleted, $"{action.Name} started before the resource it must wait for had completed.");
            Assert.Equal(target.String("resourceId"), action.String("resourceId"));
            Assert.Equal("lambda:function:ProvisionedConcurrency", action.String("scalableDimension"));
            Assert.Equal("lambda", action.String("serviceNamespace"));
            Assert.Equal("America/New_York", action.String("timezone"));
            Assert.Matches(@"^(cron|at|rate)\(", action.String("schedule"));
            previousCompleted = action.Completed;
        }
    }

    [Fact]
    public async Task ProdStack_TracksAfterTheLastScheduledAction()
    {
        var run = await Prod();

        var policy = run.Single(ResourceTypes.ScalingPolicy);
        Assert.True(policy.Started > run.OfType(ResourceTypes.ScheduledAction).Max(action => action.Completed));
    }

    [Fact]
    public async Task MaximumStatistic_UsesCustomizedMetricWithAliasDimensions()
    {
        var run = await Prod();

        var policy = run.Single(ResourceTypes.ScalingPolicy);
        Assert.Equal("TargetTrackingScaling", policy.String("policyType"));
        var configuration = policy.Object("targetTrackingScalingPolicyConfiguration");
        Assert.False(MockedResource.Has(configuration, "predefinedMetricSpecification"));
        var metric = (ImmutableDictionary<string, object>)configuration["customizedMetricSpecification"];
        Assert.Equal(("AWS/Lambda", "ProvisionedConcurrencyUtilization", "Maximum"),
            ((string)metric["namespace"], (string)metric["metricName"], (string)metric["statistic"]));
        var dimensions = ((ImmutableArray<object>)metric["dimensions"])
            .Cast<ImmutableDictionary<string, object>>()
            .Select(dimension => ((string)dimension["name"], (string)dimension["value"]));
        Assert.Equal([("FunctionName", run.FunctionName), ("Resource", $"{run.FunctionName}:{run.AliasName}")], dimensions);
        Assert.Equal((0.7, 600.0, 60.0), ((double)configuration["targetValue"], (double)configuration["scaleInCooldown"], (double)configuration["scaleOutCooldown"]));
    }

    [Fact]
    public async Task ProdStack_ReportsItsOutputs()
    {
        var run = await Prod();

        Assert.Equal(run.FunctionName, await StackRun.ValueAsync((Output<string>)run.Outputs["functionName"]!));
        Assert.Equal("3", await StackRun.ValueAsync((Output<string>)run.Outputs["version"]!));
        Assert.Equal($"function:{run.FunctionName}:{run.AliasName}", await StackRun.ValueAsync((Output<string?>)run.Outputs["scalableTargetId"]!));
        Assert.EndsWith($":function:{run.FunctionName}:{run.AliasName}", await StackRun.ValueAsync((Output<string>)run.Outputs["aliasArn"]!));
        var alarmNames = await StackRun.ValueAsync((Output<ImmutableArray<string>>)run.Outputs["alarmNames"]!);
        Assert.Equal(run.OfType(ResourceTypes.MetricAlarm).Select(alarm => alarm.String("name")).Order(), alarmNames.Order());
        Assert.NotNull(await StackRun.ValueAsync((Output<string?>)run.Outputs["topicArn"]!));
        Assert.StartsWith("arn:aws:lambda:", await StackRun.ValueAsync((Output<string>)run.Outputs["functionArn"]!));
        Assert.Equal($"{run.FunctionName}-us-east-1", await StackRun.ValueAsync((Output<string?>)run.Outputs["dashboardName"]!));
    }

    [Fact]
    public async Task ProdStack_SubscribesItsEmailsToTheAlarmTopic()
    {
        var run = await Prod();

        var topic = run.Single(ResourceTypes.Topic);
        Assert.Equal($"{run.FunctionName}-alarms", topic.String("name"));
        var subscription = run.Single(ResourceTypes.TopicSubscription);
        Assert.Equal("email", subscription.String("protocol"));
        Assert.EndsWith($":{topic.String("name")}", subscription.String("topic"));
        var alarms = run.OfType(ResourceTypes.MetricAlarm);
        Assert.Equal(6, alarms.Count);
        Assert.All(alarms, alarm => Assert.Equal(subscription.String("topic"), Assert.Single(alarm.List("alarmActions"))));
    }

    [Fact]
    public async Task ProdStack_ReservesConcurrencyAboveItsMaximum()
    {
        var run = await Prod();

        // Reserved concurrency above scaling.max leaves on-demand room: a spill is a cold start, not a throttle.
        Assert.Equal((200, 150), (run.Single(ResourceTypes.Function).Number("reservedConcurrentExecutions"), run.Single(ResourceTypes.ScalableTarget).Number("maxCapacity")));
    }

    [Fact]
    public async Task ProdStack_KeepsEveryScheduledActionWithinTheTargetsRange()
    {
        var run = await Prod();

        var target = run.Single(ResourceTypes.ScalableTarget);
        var capacities = run.OfType(ResourceTypes.ScheduledAction).Select(action => action.Object("scalableTargetAction"))
            .Select(capacity => ((double)capacity["minCapacity"], (double)capacity["maxCapacity"])).ToList();
        Assert.Equal([(10, 150), (2, 150)], capacities);
        Assert.All(capacities, capacity =>
        {
            Assert.InRange(capacity.Item1, target.Number("minCapacity"), target.Number("maxCapacity"));
            Assert.InRange(capacity.Item2, target.Number("minCapacity"), target.Number("maxCapacity"));
        });
    }
}
