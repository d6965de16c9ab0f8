namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// Parent, explicit dependencies and ignored properties of every resource, compared as whole sets: dropping any
/// <c>DependsOn</c> or <c>IgnoreChanges</c> from the component, or adding one, fails here.
/// </summary>
public class ResourceOptionsTests
{
    private const string Component = "inference";

    private static KeyValuePair<string, string> Child(string name, string[]? dependsOn = null, string[]? ignoreChanges = null) =>
        new(name, new ObservedOptions(name, Component, (dependsOn ?? []).ToHashSet(), (ignoreChanges ?? []).ToHashSet()).Summary);

    private static IEnumerable<KeyValuePair<string, string>> Alarms(params string[] kinds) =>
        kinds.Select(kind => Child($"{Component}-alarm-{kind}"));

    private static void AssertOptions(StackRun run, IEnumerable<KeyValuePair<string, string>> children)
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            // The program gives the component no parent: Pulumi makes it a child of the stack.
            [Component] = new ObservedOptions(Component, null, new HashSet<string>(), new HashSet<string>()).Summary,
        };
        foreach (var (name, summary) in children)
        {
            expected.Add(name, summary);
        }

        var observed = new SortedDictionary<string, string>(run.Options.ToDictionary(pair => pair.Key, pair => pair.Value.Summary), StringComparer.Ordinal);
        Assert.Equal(expected, observed);
    }

    /// <summary>What both stack files deploy up to the scalable target: a generated name, autoscaling from a baseline.</summary>
    private static IEnumerable<KeyValuePair<string, string>> FunctionUpToTheScalableTarget() =>
    [
            Child("inference-name-suffix"), Child("inference-role"), Child("inference-logs"), Child("inference-logging"),
            Child("inference-function", dependsOn: ["inference-logs", "inference-logging"]),
            Child("inference-alias"),
            Child("inference-provisioned-concurrency", ignoreChanges: ["provisionedConcurrentExecutions"]),
            Child("inference-scalable-target", dependsOn: ["inference-provisioned-concurrency"]),
    ];

    [Fact]
    public async Task DevStack_ResourceOptions()
    {
        var run = await StackRun.ForStackFileAsync("dev");

        AssertOptions(run,
        [
            .. FunctionUpToTheScalableTarget(),
            Child("inference-tracking", dependsOn: ["inference-scalable-target"]),
            Child("inference-alarm-topic"),
            .. Alarms("spillover", "throttles", "error-rate", "duration-p99", "rejected-payloads"),
            Child("inference-dashboard"),
        ]);
    }

    [Fact]
    public async Task ProdStack_ResourceOptions()
    {
        var run = await StackRun.ForStackFileAsync("prod");

        AssertOptions(run,
        [
            .. FunctionUpToTheScalableTarget(),
            Child("inference-schedule-weekday-open", dependsOn: ["inference-scalable-target"]),
            Child("inference-schedule-weekday-close", dependsOn: ["inference-schedule-weekday-open"]),
            Child("inference-tracking", dependsOn: ["inference-schedule-weekday-close"]),
            Child("inference-alarm-topic"), Child("inference-email-ml-oncall@example.com"),
            .. Alarms("spillover", "throttles", "error-rate", "duration-p99", "utilization", "rejected-payloads"),
            Child("inference-dashboard"),
        ]);
    }

    [Fact]
    public async Task FixedBaselineWithExtraPermissions_ResourceOptions()
    {
        var config = StackConfigFile.Load("dev");
        config[$"{StackConfigFile.ProjectName}:scaling"] = """{"autoscaling": false, "baseline": 2, "min": 1, "max": 3}""";
        config[$"{StackConfigFile.ProjectName}:function"] =
            """{"name": "classifier", "policyStatements": [{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::models/*"]}]}""";

        var run = await StackRun.RunAsync("dev", config);

        AssertOptions(run,
        [
            Child("inference-role"), Child("inference-logs"), Child("inference-logging"), Child("inference-extra-permissions"),
            Child("inference-function", dependsOn: ["inference-logs", "inference-logging", "inference-extra-permissions"]),
            Child("inference-alias"),
            // Nothing else owns a fixed baseline: Pulumi keeps it as written.
            Child("inference-provisioned-concurrency"),
            Child("inference-alarm-topic"),
            .. Alarms("spillover", "throttles", "error-rate", "duration-p99", "rejected-payloads"),
            Child("inference-dashboard"),
        ]);
    }
}
