using AiLambdaInfra.Components;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Stack.Tests;

/// <summary><see cref="PredictiveLambda"/> used by another program: built in code, twice in one stack, checked on its own.</summary>
public class ComponentReuseTests
{
    private static IDictionary<string, object?> TwoFunctions()
    {
        var classifier = new PredictiveLambda("classifier", new PredictiveLambdaArgs
        {
            Scaling = new ScalingSettings { Baseline = 2, Min = 1, Max = 5 },
            Alarms = new AlarmSettings { Emails = ["ml@example.com"] },
            Region = "eu-west-1",
        });
        var ocr = new PredictiveLambda("ocr", new PredictiveLambdaArgs
        {
            Function = new FunctionSettings { MemoryMb = 4096 },
            PlannedActions = [new ScheduledActionSettings { Name = "morning", Schedule = "cron(0 7 ? * MON-FRI *)", Min = 3, Max = 10 }],
        });
        return new Dictionary<string, object?> { ["classifier"] = classifier.FunctionName, ["ocr"] = ocr.FunctionName };
    }

    [Fact]
    public async Task TwoComponentsInOneStack_ShareNoLogicalOrPhysicalName()
    {
        var run = await StackRun.RunAsync("dev", new Dictionary<string, string>(), TwoFunctions);

        var components = run.OfType(ResourceTypes.Component).Select(component => component.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["classifier", "ocr"], components);
        Assert.Equal(run.Resources.Count, run.Resources.Select(resource => (resource.Type, resource.Name)).Distinct().Count());
        var physical = run.Resources
            .Where(resource => resource.Type != ResourceTypes.Component && resource.Has("name") && resource.Type != ResourceTypes.Alias && resource.Type != ResourceTypes.ScheduledAction)
            .Select(resource => (resource.Type, Name: resource.String("name")))
            .ToList();
        Assert.Equal(physical.Count, physical.Distinct().Count());
        var functions = run.OfType(ResourceTypes.Function).Select(function => function.String("name")).ToList();
        Assert.Equal(2, functions.Distinct().Count());
        Assert.Equal(functions.Select(name => $"function:{name}:live").Order(StringComparer.Ordinal),
            run.OfType(ResourceTypes.ScalableTarget).Select(target => target.String("resourceId")).Order(StringComparer.Ordinal));
        Assert.Equal(functions.Select(name => $"{name}-eu-west-1").Order(StringComparer.Ordinal), run.OfType(ResourceTypes.Dashboard).Select(dashboard => dashboard.String("dashboardName")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EachComponent_ParentsAndNamesItsOwnChildren()
    {
        var run = await StackRun.RunAsync("dev", new Dictionary<string, string>(), TwoFunctions);

        var children = run.Options.Values.Where(options => options.Parent is not null).ToList();
        Assert.Equal(run.Options.Count - 2, children.Count);
        Assert.All(children, child => Assert.StartsWith(child.Parent + "-", child.Name));
        Assert.Equal(["ocr-schedule-morning"], run.Options.Keys.Where(name => name.Contains("-schedule-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ComponentWithoutRegion_DrawsItsDashboardInTheProvidersRegion()
    {
        var run = await StackRun.RunAsync("dev", new Dictionary<string, string>(), TwoFunctions);

        var regions = run.OfType(ResourceTypes.Dashboard).ToDictionary(
            dashboard => dashboard.Name,
            dashboard => DashboardTests.MetricWidgets(dashboard).Select(widget => widget.GetProperty("properties").GetProperty("region").GetString()).Distinct().Single());
        Assert.Equal(new Dictionary<string, string?> { ["classifier-dashboard"] = "eu-west-1", ["ocr-dashboard"] = StrictMocks.ProviderRegion }, regions);
    }

    [Fact]
    public async Task InvalidArgs_FailWithTheValidatorsMessagesAndCreateNothing()
    {
        var mocks = new StrictMocks();

        var error = await Assert.ThrowsAsync<Pulumi.RunException>(() => StackRun.RunWithMocksAsync("dev", new Dictionary<string, string>(), mocks, () =>
        {
            _ = new PredictiveLambda("classifier", new PredictiveLambdaArgs { Scaling = new ScalingSettings { TargetUtilization = 0.95 } });
            return new Dictionary<string, object?>();
        }));

        Assert.Equal(
            $"The stack config is invalid (1 error); nothing was deployed:{Environment.NewLine}  - `scaling.targetUtilization` must be between 0.1 and 0.9, got 0.95.",
            error.Message);
        Assert.Empty(mocks.Registered);
    }
}
