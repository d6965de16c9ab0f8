using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws;
using Pulumi.Aws.CloudWatch;

namespace AiLambdaInfra.Components;

/// <summary>The function's dashboard; its alarm widget lists the ARNs of exactly the stack's alarms.</summary>
internal static class DashboardGroup
{
    /// <summary>
    /// The region is <c>aws:region</c> when given, else the provider's: the invoke is parented to the component so that it
    /// asks the provider the component was given, not the default one (Pulumi's <c>InvokeOptions.Parent</c>).
    /// </summary>
    public static Dashboard Create(ComponentChildren children, StackSettings settings, Output<string> functionName, string? region, IReadOnlyList<MetricAlarm> alarms)
    {
        var dashboardRegion = region is null ? GetRegion.Invoke(null, new InvokeOptions { Parent = children.Parent }).Apply(result => result.Region) : Output.Create(region);
        var body = Output.Tuple(functionName, dashboardRegion, Output.All(alarms.Select(alarm => alarm.Arn)))
            .Apply(values => DashboardBody.Json(settings, values.Item1, values.Item2, values.Item3));
        return new Dashboard(ChildNames.Dashboard(children.Name), new DashboardArgs
        {
            DashboardName = Output.Tuple(functionName, dashboardRegion).Apply(pair => PhysicalNames.Dashboard(pair.Item1, pair.Item2)),
            DashboardBody = body,
        }, children.Options());
    }
}
