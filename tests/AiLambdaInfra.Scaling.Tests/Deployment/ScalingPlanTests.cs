using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class ScalingPlanTests
{
    [Fact]
    public void ScalableTarget_AddressesTheAliasInTheLambdaNamespace()
    {
        var target = SampleSettings.Plan(SampleSettings.Prod()).ScalableTarget!;

        Assert.Equal("lambda", target.ServiceNamespace);
        Assert.Equal("lambda:function:ProvisionedConcurrency", target.ScalableDimension);
        Assert.Equal("function:ai-lambda-infra-prod-0a1b2c3d:live", target.ResourceId("ai-lambda-infra-prod-0a1b2c3d"));
        Assert.Equal((2, 40), (target.Min, target.Max));
    }

    [Fact]
    public void ScalableTarget_IsRegisteredAfterTheProvisionedConcurrencyConfig()
    {
        var plan = SampleSettings.Plan(SampleSettings.Prod());

        Assert.Equal("inference-provisioned-concurrency", plan.ProvisionedConcurrency!.LogicalName);
        Assert.Equal(plan.ProvisionedConcurrency.LogicalName, plan.ScalableTarget!.DependsOnLogicalName);
    }

    [Fact]
    public void Autoscaling_LeavesProvisionedConcurrencyToApplicationAutoScaling()
    {
        var concurrency = SampleSettings.Plan(SampleSettings.Prod()).ProvisionedConcurrency!;

        Assert.Equal(4, concurrency.Baseline);
        Assert.Equal(["provisionedConcurrentExecutions"], concurrency.IgnoreChanges);
    }

    [Fact]
    public void FixedBaseline_KeepsProvisionedConcurrencyManagedByPulumi()
    {
        var settings = SampleSettings.Prod() with { Scaling = SampleSettings.Prod().Scaling with { Autoscaling = false } };

        var plan = SampleSettings.Plan(settings);

        Assert.Empty(plan.ProvisionedConcurrency!.IgnoreChanges);
        Assert.Null(plan.ScalableTarget);
        Assert.Empty(plan.ScheduledActions);
        Assert.Null(plan.TrackingPolicy);
    }

    [Fact]
    public void ZeroBaseline_CreatesNoProvisionedConcurrencyConfig()
    {
        var plan = SampleSettings.Plan(SampleSettings.Dev());

        Assert.Null(plan.ProvisionedConcurrency);
        Assert.Null(plan.ScalableTarget!.DependsOnLogicalName);
    }

    [Fact]
    public void ScheduledActions_MakeTheTargetIgnoreCapacityChanges()
    {
        var target = SampleSettings.Plan(SampleSettings.Prod()).ScalableTarget!;

        Assert.Equal(["minCapacity", "maxCapacity"], target.IgnoreChanges);
    }

    [Fact]
    public void WithoutScheduledActions_TheTargetOwnsItsCapacityRange()
    {
        var plan = SampleSettings.Plan(SampleSettings.Dev());

        Assert.Empty(plan.ScheduledActions);
        Assert.Empty(plan.ScalableTarget!.IgnoreChanges);
    }

    [Fact]
    public void ScheduledActions_ChainUserActionsThenPlannedActions()
    {
        var actions = SampleSettings.Plan(SampleSettings.Prod()).ScheduledActions;

        Assert.Equal(["weekday-morning", "weekday-evening", "planned-0001"], actions.Select(action => action.Name));
        Assert.Equal(
            ["inference-scalable-target", "inference-schedule-weekday-morning", "inference-schedule-weekday-evening"],
            actions.Select(action => action.DependsOnLogicalName));
    }

    [Fact]
    public void ActionWithoutTimezone_UsesTheScalingTimezone()
    {
        var actions = SampleSettings.Plan(SampleSettings.Prod()).ScheduledActions;

        Assert.Equal(["Europe/Berlin", "Europe/London", "Europe/Berlin"], actions.Select(action => action.Timezone));
    }

    [Fact]
    public void StartAndEndTimes_AreRenderedAsUtcRfc3339()
    {
        var planned = SampleSettings.Plan(SampleSettings.Prod()).ScheduledActions[2];

        Assert.Equal("2026-12-01T08:00:00Z", planned.StartTime);
        Assert.Equal("2026-12-02T00:30:15Z", planned.EndTime);
        Assert.Equal((12, (int?)null), (planned.Min, planned.Max));
    }

    [Fact]
    public void ActionsWithoutTimes_LeaveThemUnset()
    {
        var morning = SampleSettings.Plan(SampleSettings.Prod()).ScheduledActions[0];

        Assert.Null(morning.StartTime);
        Assert.Null(morning.EndTime);
        Assert.Equal("cron(0 7 ? * MON-FRI *)", morning.Schedule);
        Assert.Equal((10, 40), (morning.Min!.Value, morning.Max!.Value));
    }

    [Fact]
    public void AverageStatistic_UsesThePredefinedUtilizationMetric()
    {
        var tracking = SampleSettings.Plan(SampleSettings.Dev()).TrackingPolicy!;

        Assert.False(tracking.Metric.IsCustomized);
        Assert.Equal("LambdaProvisionedConcurrencyUtilization", tracking.Metric.PredefinedMetricType);
        Assert.Null(tracking.Metric.Statistic);
    }

    [Fact]
    public void MaximumStatistic_UsesCustomizedMetricWithAliasDimensions()
    {
        var metric = SampleSettings.Plan(SampleSettings.Prod()).TrackingPolicy!.Metric;

        Assert.True(metric.IsCustomized);
        Assert.Equal(("AWS/Lambda", "ProvisionedConcurrencyUtilization", "Maximum"), (metric.Namespace, metric.MetricName, metric.Statistic));
        Assert.Equal(
            [new("FunctionName", "fn-1"), new KeyValuePair<string, string>("Resource", "fn-1:live")],
            metric.Dimensions("fn-1"));
    }

    [Fact]
    public void TrackingPolicy_CarriesTargetCooldownsAndScaleIn()
    {
        var settings = SampleSettings.Prod() with { Scaling = SampleSettings.Prod().Scaling with { DisableScaleIn = true } };

        var tracking = SampleSettings.Plan(settings).TrackingPolicy!;

        Assert.Equal("TargetTrackingScaling", tracking.PolicyType);
        Assert.Equal(0.6, tracking.TargetValue);
        Assert.Equal((600, 30, true), (tracking.ScaleInCooldownSeconds, tracking.ScaleOutCooldownSeconds, tracking.DisableScaleIn));
        Assert.Equal("fn-1-utilization-tracking", tracking.Name("fn-1"));
    }

    [Fact]
    public void TargetTrackingOff_KeepsTheTargetAndSchedulesOnly()
    {
        var settings = SampleSettings.Prod() with { Scaling = SampleSettings.Prod().Scaling with { TargetTracking = false } };

        var plan = SampleSettings.Plan(settings);

        Assert.Null(plan.TrackingPolicy);
        Assert.NotNull(plan.ScalableTarget);
        Assert.Equal(3, plan.ScheduledActions.Count);
    }
}
