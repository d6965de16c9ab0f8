using System.Collections.Immutable;
using System.Text.Json;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>The dashboard shows the alarms that exist and the metrics they and the stack read, nothing else.</summary>
public class DashboardTests
{
    public static TheoryData<string> Stacks => new() { "dev", "prod" };

    internal static IEnumerable<JsonElement> MetricWidgets(MockedResource dashboard)
    {
        var body = JsonDocument.Parse(dashboard.String("dashboardBody")).RootElement;
        return body.GetProperty("widgets").EnumerateArray().Where(widget => widget.GetProperty("type").GetString() == "metric").ToList();
    }

    /// <summary>(namespace, name, dimensions) of every metric line; expression lines have no metric.</summary>
    private static IEnumerable<(string Namespace, string Name, IReadOnlySet<KeyValuePair<string, object>> Dimensions)> Lines(MockedResource dashboard) =>
        MetricWidgets(dashboard)
            .SelectMany(widget => widget.GetProperty("properties").GetProperty("metrics").EnumerateArray())
            .Where(line => line[0].ValueKind == JsonValueKind.String)
            .Select(line =>
            {
                var parts = line.EnumerateArray().TakeWhile(part => part.ValueKind == JsonValueKind.String).Select(part => part.GetString()!).ToList();
                var dimensions = Enumerable.Range(0, (parts.Count - 2) / 2).Select(i => new KeyValuePair<string, object>(parts[2 + 2 * i], parts[3 + 2 * i])).ToHashSet();
                return (parts[0], parts[1], (IReadOnlySet<KeyValuePair<string, object>>)dimensions);
            });

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task AlarmWidget_ListsExactlyTheDeployedAlarms(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var dashboard = run.Single(ResourceTypes.Dashboard);
        var body = JsonDocument.Parse(dashboard.String("dashboardBody")).RootElement;
        var alarmWidget = Assert.Single(body.GetProperty("widgets").EnumerateArray(), widget => widget.GetProperty("type").GetString() == "alarm");
        Assert.Equal(
            run.OfType(ResourceTypes.MetricAlarm).Select(alarm => $"arn:aws:cloudwatch:eu-west-1:{StrictMocks.Account}:alarm:{alarm.String("name")}").Order(StringComparer.Ordinal),
            alarmWidget.GetProperty("properties").GetProperty("alarms").EnumerateArray().Select(arn => arn.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal($"{run.FunctionName}-us-east-1", dashboard.String("dashboardName"));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task MetricLines_AreTheAlarmsMetricsPlusConcurrencyAndModelLatency(string stack)
    {
        var run = await StackRun.ForStackFileAsync(stack);

        var alias = ImmutableDictionary<string, object>.Empty.Add("FunctionName", run.FunctionName).Add("Resource", $"{run.FunctionName}:{run.AliasName}").ToHashSet();
        var function = ImmutableDictionary<string, object>.Empty.Add("FunctionName", run.FunctionName).ToHashSet();
        var alarmMetrics = run.OfType(ResourceTypes.MetricAlarm).SelectMany(StackPolicyTests.AlarmMetrics).ToList();
        var shown = Lines(run.Single(ResourceTypes.Dashboard)).ToList();
        // Spillover and error rate read two metrics each, the other alarms one.
        Assert.Equal(StackPolicyTests.AlarmCount(stack) + 2, alarmMetrics.Count);

        Assert.All(alarmMetrics, metric => Assert.Contains(shown, line => (line.Namespace, line.Name) == (metric.Namespace, metric.Name) && line.Dimensions.SetEquals(metric.Dimensions)));
        var beyondAlarms = shown.Where(line => !alarmMetrics.Any(metric => (line.Namespace, line.Name) == (metric.Namespace, metric.Name) && line.Dimensions.SetEquals(metric.Dimensions)))
            .Select(line => (line.Namespace, line.Name, Selects: line.Dimensions.SetEquals(alias) ? "alias" : line.Dimensions.SetEquals(function) ? "function" : "other"))
            .Distinct().Order();
        // Utilization is shown on both stacks; dev has no utilization alarm.
        var expected = stack == "dev"
            ? new[] { ("AWS/Lambda", "ConcurrentExecutions", "alias"), ("AWS/Lambda", "ProvisionedConcurrencyUtilization", "alias"), ("AWS/Lambda", "ProvisionedConcurrentExecutions", "alias"), ("AiLambdaInfra", "ModelLatency", "function") }
            : new[] { ("AWS/Lambda", "ConcurrentExecutions", "alias"), ("AWS/Lambda", "ProvisionedConcurrentExecutions", "alias"), ("AiLambdaInfra", "ModelLatency", "function") };
        Assert.Equal(expected.Order(), beyondAlarms);
    }

    [Fact]
    public async Task ThresholdLines_AreTheDeployedAlarmsThresholds()
    {
        var run = await StackRun.ForStackFileAsync("prod");

        var alarms = run.OfType(ResourceTypes.MetricAlarm).ToDictionary(alarm => alarm.Name, alarm => alarm.Number("threshold"));
        var lines = MetricWidgets(run.Single(ResourceTypes.Dashboard))
            .SelectMany(widget => widget.GetProperty("properties").GetProperty("annotations").GetProperty("horizontal").EnumerateArray())
            .ToDictionary(line => line.GetProperty("label").GetString()!, line => line.GetProperty("value").GetDouble());
        Assert.Equal(alarms["inference-alarm-spillover"], lines["spillover alarm (%)"]);
        Assert.Equal(alarms["inference-alarm-duration-p99"], lines["duration alarm (ms)"]);
        Assert.Equal((2, 150, 200), (lines["scaling.min"], lines["scaling.max"], lines["reserved concurrency"]));
    }

    [Fact]
    public async Task DashboardOff_CreatesNoDashboard()
    {
        var config = StackConfigFile.Load("dev");
        config[$"{StackConfigFile.ProjectName}:alarms"] = """{"dashboard": false}""";

        var run = await StackRun.RunAsync("dev", config);

        Assert.Empty(run.OfType(ResourceTypes.Dashboard));
        Assert.Null(await StackRun.ValueAsync((Pulumi.Output<string?>)run.Outputs["dashboardName"]!));
    }
}
