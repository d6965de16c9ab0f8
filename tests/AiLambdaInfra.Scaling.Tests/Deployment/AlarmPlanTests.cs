using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class AlarmPlanTests
{
    private static AlarmPlan Alarm(DeploymentPlan plan, AlarmKind kind) => plan.Alarms.Single(alarm => alarm.Kind == kind);

    [Fact]
    public void DefaultAlarms_AreAllEnabledInAFixedOrder()
    {
        var plan = SampleSettings.Plan(SampleSettings.Dev());

        Assert.Equal(
            [AlarmKind.Spillover, AlarmKind.Throttles, AlarmKind.ErrorRate, AlarmKind.Duration, AlarmKind.Utilization],
            plan.Alarms.Select(alarm => alarm.Kind));
    }

    [Fact]
    public void SpilloverAlarm_FiresOnAnySpilloverInvocation()
    {
        var spillover = Alarm(SampleSettings.Plan(SampleSettings.Dev()), AlarmKind.Spillover);

        Assert.Equal(("AWS/Lambda", "ProvisionedConcurrencySpilloverInvocations", "Sum"), (spillover.Namespace, spillover.MetricName, spillover.Statistic));
        Assert.Equal(("GreaterThanThreshold", 0.0), (spillover.ComparisonOperator, spillover.Threshold));
        Assert.Equal((60, 5, 1), (spillover.PeriodSeconds, spillover.EvaluationPeriods, spillover.DatapointsToAlarm));
        Assert.Equal("notBreaching", spillover.TreatMissingData);
        Assert.Equal("inference-alarm-spillover", spillover.LogicalName);
        Assert.Equal("fn-1-spillover", spillover.Name("fn-1"));
    }

    [Fact]
    public void AlarmDimensions_SelectTheAlias()
    {
        var plan = SampleSettings.Plan(SampleSettings.Dev());

        Assert.All(plan.Alarms, alarm => Assert.Equal(
            [new("FunctionName", "fn-1"), new KeyValuePair<string, string>("Resource", "fn-1:live")],
            alarm.Dimensions("fn-1")));
    }

    [Fact]
    public void ThrottlesAlarm_SumsThrottles()
    {
        var throttles = Alarm(SampleSettings.Plan(SampleSettings.Dev()), AlarmKind.Throttles);

        Assert.Equal(("Throttles", "Sum", 0.0), (throttles.MetricName, throttles.Statistic, throttles.Threshold));
    }

    [Fact]
    public void ErrorRateAlarm_IsErrorsOverInvocationsInPerCent()
    {
        var errorRate = Alarm(SampleSettings.Plan(SampleSettings.Dev()), AlarmKind.ErrorRate);

        Assert.True(errorRate.UsesMetricMath);
        Assert.Null(errorRate.MetricName);
        Assert.Equal(
            [("errors", "Errors", "Sum", false), ("invocations", "Invocations", "Sum", false)],
            errorRate.Queries.Where(query => query.Expression is null).Select(query => (query.Id, query.MetricName!, query.Statistic!, query.ReturnData)));
        var expression = errorRate.Queries.Single(query => query.Expression is not null);
        Assert.Equal(("100 * errors / invocations", true), (expression.Expression, expression.ReturnData));
        Assert.Equal((1.0, 3, 5), (errorRate.Threshold, errorRate.DatapointsToAlarm, errorRate.EvaluationPeriods));
    }

    [Fact]
    public void DurationAlarm_ComparesP99WithAFractionOfTheTimeoutInMilliseconds()
    {
        var duration = Alarm(SampleSettings.Plan(SampleSettings.Prod()), AlarmKind.Duration);

        Assert.Equal(("Duration", "p99"), (duration.MetricName, duration.ExtendedStatistic));
        Assert.Null(duration.Statistic);
        Assert.Equal(0.8 * 20 * 1000, duration.Threshold, precision: 9);
    }

    [Fact]
    public void UtilizationAlarm_WatchesMaximumUtilization()
    {
        var utilization = Alarm(SampleSettings.Plan(SampleSettings.Dev()), AlarmKind.Utilization);

        Assert.Equal(("ProvisionedConcurrencyUtilization", "Maximum", 0.9), (utilization.MetricName, utilization.Statistic, utilization.Threshold));
        Assert.Equal((15, 15), (utilization.EvaluationPeriods, utilization.DatapointsToAlarm));
    }

    [Fact]
    public void TunedRule_ReachesItsAlarm()
    {
        var settings = SampleSettings.Dev() with
        {
            Alarms = new AlarmSettings { Throttles = new AlarmRule { Threshold = 5, PeriodSeconds = 300, EvaluationPeriods = 3, DatapointsToAlarm = 2 } },
        };

        var throttles = Alarm(SampleSettings.Plan(settings), AlarmKind.Throttles);

        Assert.Equal((5.0, 300, 3, 2), (throttles.Threshold, throttles.PeriodSeconds, throttles.EvaluationPeriods, throttles.DatapointsToAlarm));
    }

    [Fact]
    public void DisabledAlarm_IsNotCreated()
    {
        var settings = SampleSettings.Dev() with { Alarms = new AlarmSettings { Utilization = Defaults.UtilizationAlarm with { Enabled = false } } };

        var plan = SampleSettings.Plan(settings);

        Assert.DoesNotContain(plan.Alarms, alarm => alarm.Kind == AlarmKind.Utilization);
        Assert.Equal(4, plan.Alarms.Count);
    }

    [Fact]
    public void WithoutTopicArn_TheStackCreatesItsTopicAndSubscribesEmails()
    {
        var notifications = SampleSettings.Plan(SampleSettings.Prod()).Notifications;

        Assert.True(notifications.CreatesTopic);
        Assert.Equal("inference-alarm-topic", notifications.TopicLogicalName);
        Assert.Equal("fn-1-alarms", notifications.TopicName("fn-1"));
        var subscription = Assert.Single(notifications.EmailSubscriptions);
        Assert.Equal(("inference-email-oncall@example.com", "oncall@example.com", "email"), (subscription.LogicalName, subscription.Email, subscription.Protocol));
    }

    [Fact]
    public void TopicArnFromConfig_IsUsedInsteadOfANewTopic()
    {
        const string arn = "arn:aws:sns:eu-west-1:123456789012:platform-alerts";
        var settings = SampleSettings.Dev() with { Alarms = new AlarmSettings { TopicArn = arn } };

        var notifications = SampleSettings.Plan(settings).Notifications;

        Assert.False(notifications.CreatesTopic);
        Assert.Equal(arn, notifications.ExistingTopicArn);
    }

    [Fact]
    public void NoEnabledAlarm_CreatesNoTopic()
    {
        var off = new AlarmRule { Enabled = false };
        var settings = SampleSettings.Prod() with
        {
            Alarms = new AlarmSettings { Emails = ["oncall@example.com"], Spillover = off, Throttles = off, ErrorRate = off, Duration = off, Utilization = off },
        };

        var plan = SampleSettings.Plan(settings);

        Assert.Empty(plan.Alarms);
        Assert.False(plan.Notifications.CreatesTopic);
        Assert.Empty(plan.Notifications.EmailSubscriptions);
    }
}
