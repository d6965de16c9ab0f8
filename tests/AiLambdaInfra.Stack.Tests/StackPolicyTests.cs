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
        var alarms = run.OfType(ResourceTypes.MetricAlarm);
        Assert.Equal(AlarmCount(stack), alarms.Count);
        Assert.All(alarms, alarm => Assert.StartsWith(prefix, alarm.String("name")));
        Assert.StartsWith(prefix, run.Single(ResourceTypes.Topic).String("name"));
        Assert.StartsWith(prefix, run.Single(ResourceTypes.Dashboard).String("dashboardName"));
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
        var groupArn = $"arn:aws:logs:eu-west-1:{StrictMocks.Account}:log-group:/aws/lambda/{run.FunctionName}";
        Assert.Equal([groupArn, groupArn + ":*"], document.RootElement.GetProperty("Statement")[0].GetProperty("Resource").EnumerateArray().Select(value => value.GetString()!));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Function_IsCreatedAfterItsLogGroupAndLoggingPolicy(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var function = run.Single(ResourceTypes.Function);
        Assert.True(function.Started > run.Single(ResourceTypes.LogGroup).Completed);
        Assert.True(function.Started > run.Single(ResourceTypes.RolePolicy).Completed);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Alarms_WatchTheAliasOrTheFunctionAndNotifyTheTopic(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var alias = ImmutableDictionary<string, object>.Empty.Add("FunctionName", run.FunctionName).Add("Resource", $"{run.FunctionName}:{run.AliasName}");
        var function = ImmutableDictionary<string, object>.Empty.Add("FunctionName", run.FunctionName);
        var topic = run.Single(ResourceTypes.Topic);
        Assert.Equal(AlarmCount(stack), run.OfType(ResourceTypes.MetricAlarm).Count);
        var watched = run.OfType(ResourceTypes.MetricAlarm)
            .SelectMany(alarm => AlarmMetrics(alarm).Select(metric => (alarm.String("name"), metric.Namespace, metric.Name, metric.Dimensions)))
            .Select(line => (line.Item1, line.Namespace, line.Name, Selects: line.Dimensions.SetEquals(alias) ? "alias" : line.Dimensions.SetEquals(function) ? "function" : "other"))
            .ToList();

        Assert.All(watched, line => Assert.StartsWith(run.FunctionName + "-", line.Item1));
        Assert.Equal(["AWS/Lambda"], watched.Where(line => line.Selects == "alias").Select(line => line.Namespace).Distinct());
        Assert.Equal([("AiLambdaInfra", "RejectedPayloads")], watched.Where(line => line.Selects == "function").Select(line => (line.Namespace, line.Name)));
        Assert.DoesNotContain(watched, line => line.Selects == "other");
        Assert.All(run.OfType(ResourceTypes.MetricAlarm), alarm => Assert.EndsWith($":{topic.String("name")}", Assert.Single(alarm.List("alarmActions")).ToString()));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task AlarmSpecs_MatchTheirMetrics(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);
        var alarms = run.OfType(ResourceTypes.MetricAlarm).ToDictionary(alarm => alarm.Name["inference-alarm-".Length..]);

        var spillover = alarms["spillover"];
        Assert.Equal(("100 * FILL(spill, 0) / (invocations + 100)", 0.5, "GreaterThanThreshold"),
            (Expression(spillover), spillover.Number("threshold"), spillover.String("comparisonOperator")));
        Assert.Equal([("ProvisionedConcurrencySpilloverInvocations", "Sum", 3600.0), ("Invocations", "Sum", 3600.0)], QueryMetrics(spillover));
        Assert.Equal(("Throttles", "Sum"), (alarms["throttles"].String("metricName"), alarms["throttles"].String("statistic")));
        Assert.Equal("100 * errors / invocations", Expression(alarms["error-rate"]));
        Assert.Equal([("Errors", "Sum", 60.0), ("Invocations", "Sum", 60.0)], QueryMetrics(alarms["error-rate"]));
        Assert.Equal(("Duration", "p99", 24000.0), (alarms["duration-p99"].String("metricName"), alarms["duration-p99"].String("extendedStatistic"), alarms["duration-p99"].Number("threshold")));
        Assert.Equal("ignore", alarms["duration-p99"].String("evaluateLowSampleCountPercentiles"));
        Assert.Equal(("AiLambdaInfra", "RejectedPayloads", "Average", 0.05),
            (alarms["rejected-payloads"].String("namespace"), alarms["rejected-payloads"].String("metricName"), alarms["rejected-payloads"].String("statistic"), alarms["rejected-payloads"].Number("threshold")));
        Assert.All(alarms.Values, alarm => Assert.Equal("notBreaching", alarm.String("treatMissingData")));
        Assert.Equal(["duration-p99", "error-rate", "rejected-payloads", "throttles"],
            alarms.Where(pair => pair.Value.Has("okActions") && pair.Value.List("okActions").Length == 1).Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal(alarms.Keys.Except(["duration-p99", "error-rate", "rejected-payloads", "throttles"]).Order(StringComparer.Ordinal),
            alarms.Where(pair => !pair.Value.Has("okActions") || pair.Value.List("okActions").Length == 0).Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ProdStack_UtilizationAlarmWatchesMaximumUtilization()
    {
        var run = await StackRun.ForStackFileAsync("prod");

        var utilization = run.Single(ResourceTypes.MetricAlarm, alarm => alarm.Name == "inference-alarm-utilization");
        Assert.Equal(("ProvisionedConcurrencyUtilization", "Maximum", 0.9), (utilization.String("metricName"), utilization.String("statistic"), utilization.Number("threshold")));
    }

    /// <summary>Dev turns the utilization alarm off; prod keeps all six.</summary>
    internal static int AlarmCount(string stack) => stack == "dev" ? 5 : 6;

    /// <summary>The return-data expression of a metric-math alarm.</summary>
    private static string Expression(MockedResource alarm) =>
        (string)Assert.Single(alarm.List("metricQueries").Cast<ImmutableDictionary<string, object>>(), query => MockedResource.Has(query, "expression"))["expression"];

    private static IEnumerable<(string Name, string Stat, double Period)> QueryMetrics(MockedResource alarm) =>
        alarm.List("metricQueries").Cast<ImmutableDictionary<string, object>>()
            .Where(query => MockedResource.Has(query, "metric"))
            .Select(query => (ImmutableDictionary<string, object>)query["metric"])
            .Select(metric => ((string)metric["metricName"], (string)metric["stat"], (double)metric["period"]));

    /// <summary>Every metric an alarm reads, single or in metric math.</summary>
    internal static IEnumerable<(string Namespace, string Name, IReadOnlySet<KeyValuePair<string, object>> Dimensions)> AlarmMetrics(MockedResource alarm) =>
        alarm.Has("metricQueries") && alarm.List("metricQueries").Length > 0
            ? alarm.List("metricQueries").Cast<ImmutableDictionary<string, object>>()
                .Where(query => MockedResource.Has(query, "metric"))
                .Select(query => (ImmutableDictionary<string, object>)query["metric"])
                .Select(metric => ((string)metric["namespace"], (string)metric["metricName"], (IReadOnlySet<KeyValuePair<string, object>>)((ImmutableDictionary<string, object>)metric["dimensions"]).ToHashSet()))
            : [(alarm.String("namespace"), alarm.String("metricName"), alarm.Object("dimensions").ToHashSet())];

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
