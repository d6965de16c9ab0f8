using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class AlarmAndPlannerRulesTests
{
    private static string Alarms(string lines) => "  ai-lambda-infra:alarms:\n" + lines;
    private static string Planner(string lines) => "  ai-lambda-infra:planner:\n" + lines;

    [Fact]
    public void AlarmPeriodCloudWatchDoesNotTake_IsRejected() => AssertOnlyError(Alarms("    spillover:\n      periodSeconds: 45\n"),
        "`alarms.spillover.periodSeconds` must be a multiple of 60 (the alarms' metrics are stored per minute), got 45.");

    [Fact]
    public void MoreDatapointsThanEvaluatedPeriods_IsRejected() => AssertOnlyError(Alarms("    throttles:\n      datapointsToAlarm: 9\n"),
        "`alarms.throttles.datapointsToAlarm` must be between 1 and `alarms.throttles.evaluationPeriods` (5), got 9.");

    [Fact]
    public void MinutePeriodsLongerThanADay_AreRejected() => AssertOnlyError(Alarms("    utilization:\n      periodSeconds: 60\n      evaluationPeriods: 1500\n      datapointsToAlarm: 15\n"),
        "`alarms.utilization.evaluationPeriods` × `alarms.utilization.periodSeconds` must cover at most one day (86400 s) with periods under an hour, got 90000 s.");

    [Fact]
    public void HourlyPeriodsLongerThanAWeek_AreRejected() => AssertOnlyError(Alarms("    spillover:\n      periodSeconds: 3600\n      evaluationPeriods: 169\n"),
        "`alarms.spillover.evaluationPeriods` × `alarms.spillover.periodSeconds` must cover at most seven days (604800 s) with periods of an hour or more, got 608400 s.");

    [Fact]
    public void HourlyPeriodsOverADay_AreAccepted() => Assert.Empty(Messages(Alarms("    spillover:\n      periodSeconds: 3600\n      evaluationPeriods: 25\n")));

    [Fact]
    public void HighResolutionPeriod_IsRejected() => AssertOnlyError(Alarms("    errorRate:\n      periodSeconds: 30\n"),
        "`alarms.errorRate.periodSeconds` must be a multiple of 60 (the alarms' metrics are stored per minute), got 30.");

    [Fact]
    public void ErrorRateAboveHundredPercent_IsRejected() => AssertOnlyError(Alarms("    errorRate:\n      threshold: 120\n"),
        "`alarms.errorRate.threshold` must be between 0 and 100, got 120.");

    [Fact]
    public void DurationThresholdAboveTheTimeout_IsRejected() => AssertOnlyError(Alarms("    duration:\n      threshold: 1.5\n"),
        "`alarms.duration.threshold` must be between 0.01 and 1, got 1.5.");

    [Fact]
    public void DisabledAlarm_IsNotChecked() => Assert.Empty(Messages(Alarms("    duration:\n      enabled: false\n      threshold: 1.5\n")));

    [Fact]
    public void MalformedTopicArn_IsRejected() => AssertOnlyError(Alarms("    topicArn: alerts\n"),
        "`alarms.topicArn` must be an SNS topic ARN such as arn:aws:sns:us-east-1:123456789012:alerts, got \"alerts\".");

    [Fact]
    public void EmailsWithExistingTopic_AreRejected() => AssertOnlyError(
        Alarms("    topicArn: arn:aws:sns:us-east-1:123456789012:alerts\n    emails: [oncall@example.com]\n"),
        "`alarms.emails` subscribe to the topic the stack creates, but `alarms.topicArn` names an existing topic: subscribe the addresses to that topic instead, or remove alarms.topicArn.");

    [Fact]
    public void MalformedEmail_IsRejected() => AssertOnlyError(Alarms("    emails: [oncall]\n"),
        "`alarms.emails[0]` must be an e-mail address, got \"oncall\".");

    [Fact]
    public void PlannerQuantileBelowMedian_IsRejected() => AssertOnlyError(Planner("    quantile: 0.3\n"),
        "`planner.quantile` must be between 0.5 and 0.99, got 0.3.");

    [Fact]
    public void SpillBudgetAboveHalf_IsRejected() => AssertOnlyError(Planner("    spillBudgetPercent: 60\n"),
        "`planner.spillBudgetPercent` must be between 0.01 and 50, got 60.");

    [Fact]
    public void SpillBudget_IsReadFromThePlannerKey()
    {
        var read = Read(Planner("    spillBudgetPercent: 2.5\n"));
        Assert.Empty(read.Errors);
        Assert.Equal(2.5, read.Settings!.Planner.SpillBudgetPercent);
    }

    [Fact]
    public void HorizonBeyondAWeek_IsRejected() => AssertOnlyError(Planner("    horizonHours: 200\n"),
        "`planner.horizonHours` must be between 1 and 168, got 200.");

    [Fact]
    public void UnknownPlannerMode_IsRejected() => AssertOnlyError(Planner("    mode: daily\n"),
        "`planner.mode` must be one of auto, weekly, horizon, got \"daily\".");

    [Fact]
    public void MaxActionsLeavingNoRoomForTheUsersActions_IsRejected() => AssertOnlyError(
        Planner("    maxActions: 199\n") + "  ai-lambda-infra:scaling:\n    scheduledActions:\n      - { name: a, schedule: \"rate(1 day)\", min: 1 }\n      - { name: b, schedule: \"rate(2 days)\", min: 1 }\n",
        "`planner.maxActions` must be at most 198 (200 actions per target minus the 2 in `scaling.scheduledActions`), got 199. Set `planner.maxActions` to 198 or less, or remove some of your scheduled actions.");

    [Fact]
    public void DefaultMaxActionsLeavingNoRoom_SaysItIsTheDefault() => AssertOnlyError(
        "  ai-lambda-infra:scaling:\n    scheduledActions:\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"      - {{ name: a{i}, schedule: \"rate(1 day)\", min: 1 }}\n")),
        "`planner.maxActions` must be at most 50 (200 actions per target minus the 150 in `scaling.scheduledActions`), got 150, its default. Set `planner.maxActions` to 50 or less, or remove some of your scheduled actions.");

    [Fact]
    public void ReservedTagPrefix_IsRejected() => AssertOnlyError("  ai-lambda-infra:tags:\n    aws:owner: me\n",
        "`tags.aws:owner`: tag keys starting with aws: are reserved for AWS. Choose another key.");

    [Fact]
    public void MoreTagsThanLeftBesideTheStacksOwn_AreRejected() => AssertOnlyError(
        "  ai-lambda-infra:tags:\n" + string.Concat(Enumerable.Range(0, 49).Select(i => $"    t{i}: v\n")),
        "`tags` must hold at most 48 tags (50 per resource minus the 2 the stack adds: pulumi:project, pulumi:stack), got 49.");
}
