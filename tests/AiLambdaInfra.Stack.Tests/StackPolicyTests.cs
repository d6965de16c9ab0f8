using System.Collections.Immutable;
using System.Text.Json;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>Rules both stack files must satisfy.</summary>
public class StackPolicyTests
{
    public static TheoryData<string> Stacks => new() { "dev", "prod" };

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryChild_IsParentedNamedFromTheComponent(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var component = run.Single(ResourceTypes.Component);
        Assert.All(run.Resources.Where(resource => resource != component), resource => Assert.StartsWith(component.Name + "-", resource.Name));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task PhysicalNames_StartWithTheProjectSoTheDeployPolicyCoversThem(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        // docs/iam/deploy-policy.json grants Lambda, IAM, Logs, CloudWatch alarms and SNS on names starting with the project.
        var prefix = StackConfigFile.ProjectName + "-";
        Assert.StartsWith(prefix, run.FunctionName);
        Assert.StartsWith(prefix, run.Single(ResourceTypes.Role).String("name"));
        Assert.StartsWith("/aws/lambda/" + prefix, run.Single(ResourceTypes.LogGroup).String("name"));
        Assert.All(run.OfType(ResourceTypes.MetricAlarm), alarm => Assert.StartsWith(prefix, alarm.String("name")));
        Assert.All(run.OfType(ResourceTypes.Topic), topic => Assert.StartsWith(prefix, topic.String("name")));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task EveryTaggableResource_CarriesTheStackTags(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var taggable = run.Resources.Where(resource => ResourceTypes.Taggable.Contains(resource.Type)).ToList();
        Assert.NotEmpty(taggable);
        Assert.All(taggable, resource =>
        {
            var tags = resource.Object("tags");
            Assert.Equal(stack, tags["pulumi:stack"]);
            Assert.Equal(StackConfigFile.ProjectName, tags["pulumi:project"]);
        });
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Role_IsTrustedByLambdaAndLogsOnlyToItsOwnGroup(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        using var trust = JsonDocument.Parse(run.Single(ResourceTypes.Role).String("assumeRolePolicy"));
        var statement = Assert.Single(trust.RootElement.GetProperty("Statement").EnumerateArray());
        Assert.Equal("lambda.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());

        var logGroup = run.Single(ResourceTypes.LogGroup);
        Assert.Equal($"/aws/lambda/{run.FunctionName}", logGroup.String("name"));
        var logging = run.Single(ResourceTypes.RolePolicy, policy => policy.Name.EndsWith("-logging", StringComparison.Ordinal));
        using var document = JsonDocument.Parse(logging.String("policy"));
        var resources = document.RootElement.GetProperty("Statement")[0].GetProperty("Resource").EnumerateArray().Select(value => value.GetString()!);
        Assert.All(resources, resource => Assert.Contains($":log-group:/aws/lambda/{run.FunctionName}", resource));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Function_IsCreatedAfterItsLogGroupAndLoggingPolicy(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var function = run.Single(ResourceTypes.Function);
        Assert.True(function.Started > run.Single(ResourceTypes.LogGroup).Completed);
        Assert.All(run.OfType(ResourceTypes.RolePolicy), policy => Assert.True(function.Started > policy.Completed));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Alarms_WatchTheAliasAndNotifyTheTopic(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var alarms = run.OfType(ResourceTypes.MetricAlarm);
        Assert.NotEmpty(alarms);
        var expected = ImmutableDictionary<string, object>.Empty
            .Add("FunctionName", run.FunctionName)
            .Add("Resource", $"{run.FunctionName}:{run.AliasName}");
        foreach (var alarm in alarms)
        {
            Assert.StartsWith(run.FunctionName + "-", alarm.String("name"));
            Assert.NotEmpty(alarm.List("alarmActions"));
            if (alarm.Has("metricQueries"))
            {
                var metrics = alarm.List("metricQueries").Cast<ImmutableDictionary<string, object>>()
                    .Where(query => MockedResource.Has(query, "metric"))
                    .Select(query => (ImmutableDictionary<string, object>)query["metric"]);
                Assert.All(metrics, metric => Assert.Equal(expected, (ImmutableDictionary<string, object>)metric["dimensions"]));
            }
            else
            {
                Assert.Equal("AWS/Lambda", alarm.String("namespace"));
                Assert.Equal(expected, alarm.Object("dimensions"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task AlarmSpecs_MatchTheirMetrics(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);
        var alarms = run.OfType(ResourceTypes.MetricAlarm).ToDictionary(alarm => alarm.Name[(run.Single(ResourceTypes.Component).Name.Length + "-alarm-".Length)..]);
        var timeoutMs = run.Single(ResourceTypes.Function).Number("timeout") * 1000;

        if (alarms.TryGetValue("spillover", out var spillover))
        {
            Assert.Equal(("ProvisionedConcurrencySpilloverInvocations", "Sum", "GreaterThanThreshold"),
                (spillover.String("metricName"), spillover.String("statistic"), spillover.String("comparisonOperator")));
        }

        if (alarms.TryGetValue("throttles", out var throttles))
        {
            Assert.Equal(("Throttles", "Sum"), (throttles.String("metricName"), throttles.String("statistic")));
        }

        if (alarms.TryGetValue("error-rate", out var errorRate))
        {
            var queries = errorRate.List("metricQueries").Cast<ImmutableDictionary<string, object>>().ToList();
            Assert.Equal("100 * errors / invocations", Assert.Single(queries, query => MockedResource.Has(query, "expression"))["expression"]);
            Assert.Equal(["Errors", "Invocations"], queries.Where(query => MockedResource.Has(query, "metric"))
                .Select(query => (string)((ImmutableDictionary<string, object>)query["metric"])["metricName"]).Order());
        }

        if (alarms.TryGetValue("duration-p99", out var duration))
        {
            Assert.Equal(("Duration", "p99"), (duration.String("metricName"), duration.String("extendedStatistic")));
            Assert.InRange(duration.Number("threshold"), 1, timeoutMs);
        }

        if (alarms.TryGetValue("utilization", out var utilization))
        {
            Assert.Equal(("ProvisionedConcurrencyUtilization", "Maximum"), (utilization.String("metricName"), utilization.String("statistic")));
        }
    }

    [Fact]
    public async Task InvalidConfig_FailsWithEveryErrorAndCreatesNothing()
    {
        var config = StackConfigFile.Load("dev");
        var project = StackConfigFile.ProjectName;
        config[$"{project}:scaling"] = """{"targetUtilization": 0.95, "min": 5, "max": 2}""";
        config[$"{project}:function"] = """{"memoryMb": 99999}""";
        config[$"{project}:scalling"] = """{"max": 3}""";
        var mocks = new StrictMocks();

        var error = await Assert.ThrowsAsync<Pulumi.RunException>(() =>
            StackRun.RunWithMocksAsync("dev", config, mocks, Program.DefineStack));

        Assert.Contains("scaling.targetUtilization", error.Message);
        Assert.Contains("function.memoryMb", error.Message);
        Assert.Contains("scalling", error.Message);
        Assert.Contains("nothing was deployed", error.Message);
        Assert.Empty(mocks.Registered);
    }

    [Fact]
    public async Task StrictMocks_RejectUnlistedResourceTypes()
    {
        var mocks = new StrictMocks();

        await Assert.ThrowsAsync<Pulumi.RunException>(() => StackRun.RunWithMocksAsync(
            "dev",
            new Dictionary<string, string>(),
            mocks,
            () =>
            {
                _ = new Pulumi.Random.RandomPet("unexpected");
                return new Dictionary<string, object?>();
            }));
    }
}
