using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class AlarmDefinitionsTests
{
    private static AlarmDefinition Alarm(StackSettings settings, AlarmKind kind) =>
        Assert.Single(AlarmDefinitions.For(settings, "fn-1"), alarm => alarm.Kind == kind);

    private static (string Namespace, string Name, string Statistic) Line(AlarmQuery query) => (query.Metric!.Namespace, query.Metric.Name, query.Statistic!);

    [Fact]
    public void DefaultAlarms_AreAllEnabledInAFixedOrder() =>
        Assert.Equal(
            [AlarmKind.Spillover, AlarmKind.Throttles, AlarmKind.ErrorRate, AlarmKind.Duration, AlarmKind.Utilization, AlarmKind.RejectedPayloads],
            AlarmDefinitions.For(SampleSettings.Dev(), "fn-1").Select(alarm => alarm.Kind));

    [Fact]
    public void SpilloverAlarm_IsTheSpilledShareOfInvocationsOverThreeHourlyWindows()
    {
        var spillover = Alarm(SampleSettings.Dev(), AlarmKind.Spillover);

        Assert.Equal(
            [("AWS/Lambda", "ProvisionedConcurrencySpilloverInvocations", "Sum"), ("AWS/Lambda", "Invocations", "Sum")],
            spillover.Queries.Where(query => query.Metric is not null).Select(Line));
        var share = Assert.Single(spillover.Queries, query => query.ReturnData);
        Assert.Equal("100 * FILL(spill, 0) / (invocations + 100)", share.Expression);
        Assert.Equal((3600, 3, 3), (spillover.PeriodSeconds, spillover.EvaluationPeriods, spillover.DatapointsToAlarm));
        Assert.Equal(("notBreaching", false), (spillover.TreatMissingData, spillover.NotifiesOk));
        Assert.Equal("fn-1-spillover", spillover.Name);
    }

    [Fact]
    public void SpilloverThreshold_IsThePlannersColdStartBudgetWhenUnset()
    {
        Assert.Equal(Defaults.SpillBudgetPercent, Alarm(SampleSettings.Dev(), AlarmKind.Spillover).Threshold);
        Assert.Equal(1.5, Alarm(SampleSettings.Prod(), AlarmKind.Spillover).Threshold);
    }

    [Fact]
    public void SpilloverThresholdFromConfig_WinsOverTheBudget()
    {
        var settings = SampleSettings.Prod() with { Alarms = new AlarmSettings { Spillover = Defaults.SpilloverAlarm with { Threshold = 4 } } };

        Assert.Equal(4, Alarm(settings, AlarmKind.Spillover).Threshold);
    }

    [Fact]
    public void OkNotifications_GoOnlyToAlarmsWhoseRecoveryEndsAnIncident() =>
        Assert.Equal(
            [AlarmKind.Throttles, AlarmKind.ErrorRate, AlarmKind.Duration, AlarmKind.RejectedPayloads],
            AlarmDefinitions.For(SampleSettings.Dev(), "fn-1").Where(alarm => alarm.NotifiesOk).Select(alarm => alarm.Kind));

    [Fact]
    public void AliasAlarms_SelectTheAliasAndTheHandlerAlarmTheFunction()
    {
        var alarms = AlarmDefinitions.For(SampleSettings.Dev(), "fn-1");

        Assert.All(alarms.Where(alarm => alarm.Kind != AlarmKind.RejectedPayloads).SelectMany(alarm => alarm.Metrics), metric => Assert.Equal(
            [new("FunctionName", "fn-1"), new KeyValuePair<string, string>("Resource", "fn-1:live")], metric.Dimensions));
        Assert.Equal([new KeyValuePair<string, string>("FunctionName", "fn-1")], Assert.Single(Alarm(SampleSettings.Dev(), AlarmKind.RejectedPayloads).Metrics).Dimensions);
    }

    [Fact]
    public void RejectedPayloadsAlarm_AveragesTheHandlersMetricToTheRejectedShare()
    {
        var rejected = Alarm(SampleSettings.Dev(), AlarmKind.RejectedPayloads);

        Assert.Equal(("AiLambdaInfra", "RejectedPayloads", "Average", 0.05), (rejected.Metric!.Namespace, rejected.Metric.Name, rejected.Statistic, rejected.Threshold));
        Assert.Equal((300, 3, 3), (rejected.PeriodSeconds, rejected.EvaluationPeriods, rejected.DatapointsToAlarm));
    }

    [Fact]
    public void ThrottlesAlarm_SumsThrottles()
    {
        var throttles = Alarm(SampleSettings.Dev(), AlarmKind.Throttles);

        Assert.Equal(("Throttles", "Sum", 0.0), (throttles.Metric!.Name, throttles.Statistic, throttles.Threshold));
    }

    [Fact]
    public void ErrorRateAlarm_IsErrorsOverInvocationsInPerCent()
    {
        var errorRate = Alarm(SampleSettings.Dev(), AlarmKind.ErrorRate);

        Assert.Null(errorRate.Metric);
        Assert.Equal([("AWS/Lambda", "Errors", "Sum"), ("AWS/Lambda", "Invocations", "Sum")], errorRate.Queries.Where(query => query.Metric is not null).Select(Line));
        Assert.Equal("100 * errors / invocations", Assert.Single(errorRate.Queries, query => query.ReturnData).Expression);
        Assert.Equal((1.0, 3, 5), (errorRate.Threshold, errorRate.DatapointsToAlarm, errorRate.EvaluationPeriods));
    }

    [Fact]
    public void DurationAlarm_ComparesP99WithAFractionOfTheTimeoutInMilliseconds()
    {
        var duration = Alarm(SampleSettings.Prod(), AlarmKind.Duration);

        Assert.Equal(("Duration", "p99", (string?)null), (duration.Metric!.Name, duration.ExtendedStatistic, duration.Statistic));
        Assert.Equal(0.8 * 20 * 1000, duration.Threshold, precision: 9);
    }

    [Fact]
    public void UtilizationAlarm_WatchesMaximumUtilization()
    {
        var utilization = Alarm(SampleSettings.Dev(), AlarmKind.Utilization);

        Assert.Equal(("ProvisionedConcurrencyUtilization", "Maximum", 0.9), (utilization.Metric!.Name, utilization.Statistic, utilization.Threshold));
        Assert.Equal((15, 15), (utilization.EvaluationPeriods, utilization.DatapointsToAlarm));
    }

    [Fact]
    public void TunedRule_ReachesItsAlarm()
    {
        var settings = SampleSettings.Dev() with
        {
            Alarms = new AlarmSettings { Throttles = new AlarmRule { Threshold = 5, PeriodSeconds = 300, EvaluationPeriods = 3, DatapointsToAlarm = 2 } },
        };

        var throttles = Alarm(settings, AlarmKind.Throttles);

        Assert.Equal((5.0, 300, 3, 2), (throttles.Threshold, throttles.PeriodSeconds, throttles.EvaluationPeriods, throttles.DatapointsToAlarm));
    }

    [Fact]
    public void DisabledAlarm_IsNotDefined()
    {
        var settings = SampleSettings.Dev() with { Alarms = new AlarmSettings { Utilization = Defaults.UtilizationAlarm with { Enabled = false } } };

        var alarms = AlarmDefinitions.For(settings, "fn-1");

        Assert.DoesNotContain(alarms, alarm => alarm.Kind == AlarmKind.Utilization);
        Assert.Equal(5, alarms.Count);
    }

    [Fact]
    public void AlarmOfOneKind_IsTheDeployedFunctionsAlarmOfThatKind()
    {
        var throttles = AlarmDefinitions.ForKind(SampleSettings.Prod(), "fn-2", AlarmKind.Throttles);

        Assert.Equal((AlarmKind.Throttles, "fn-2-throttles"), (throttles.Kind, throttles.Name));
        Assert.Equal("fn-2", throttles.Metric!.Dimensions.Single(pair => pair.Key == "FunctionName").Value);
    }

    [Fact]
    public void AlarmOfADisabledKind_IsRefused()
    {
        var settings = SampleSettings.Dev() with { Alarms = new AlarmSettings { Utilization = Defaults.UtilizationAlarm with { Enabled = false } } };

        Assert.Throws<InvalidOperationException>(() => AlarmDefinitions.ForKind(settings, "fn-1", AlarmKind.Utilization));
    }

    [Fact]
    public void Descriptions_SayWhatTheAlarmMeansAndWhatToDo() =>
        Assert.All(AlarmDefinitions.For(SampleSettings.Prod(), "fn-1"), alarm =>
        {
            Assert.Contains(" Do: ", alarm.Description);
            Assert.InRange(alarm.Description.Length, 1, 1024);
        });
}
