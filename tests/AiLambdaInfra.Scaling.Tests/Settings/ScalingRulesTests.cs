using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class ScalingRulesTests
{
    private static string Scaling(string lines) => "  ai-lambda-infra:scaling:\n" + lines;

    [Fact]
    public void MinAboveMax_IsRejected() => AssertOnlyError(Scaling("    min: 12\n    max: 10\n    baseline: 10\n"),
        "`scaling.min` (12) must not be above `scaling.max` (10). Lower scaling.min or raise scaling.max.");

    [Fact]
    public void NegativeMin_IsRejected() => AssertOnlyError(Scaling("    min: -1\n"),
        "`scaling.min` must be at least 0, got -1.");

    [Fact]
    public void BaselineAboveMax_IsRejected() => AssertOnlyError(Scaling("    baseline: 12\n"),
        "`scaling.baseline` must be between `scaling.min` (1) and `scaling.max` (10), got 12.");

    [Fact]
    public void BaselineBelowMin_IsRejected() => AssertOnlyError(Scaling("    min: 3\n    baseline: 2\n"),
        "`scaling.baseline` must be between `scaling.min` (3) and `scaling.max` (10), got 2.");

    [Fact]
    public void ZeroBaselineUnderAutoscaling_IsRejected() => AssertOnlyError(Scaling("    min: 0\n    baseline: 0\n"),
        "`scaling.baseline` must be at least 1 while `scaling.autoscaling` is on, got 0: Application Auto Scaling scales an existing provisioned concurrency config, and AWS requires at least 1 in it. Set baseline to 1, or turn autoscaling off for a function without provisioned concurrency.");

    [Fact]
    public void MaxAboveUnreservedAccountConcurrency_IsRejected() => AssertOnlyError(Scaling("    max: 901\n"),
        "`scaling.max` must be at most 900 (`scaling.accountConcurrencyLimit` 1000 minus the 100 that AWS keeps unreserved), got 901. Lower it, or raise the account quota and set scaling.accountConcurrencyLimit.");

    [Fact]
    public void RaisedAccountLimit_RaisesTheCeiling() =>
        Assert.Empty(Messages(Scaling("    max: 2900\n    accountConcurrencyLimit: 3000\n")));

    [Fact]
    public void AccountLimitAtTheUnreservedFloor_IsRejected() => AssertOnlyError(Scaling("    accountConcurrencyLimit: 100\n    max: 1\n"),
        "`scaling.accountConcurrencyLimit` must be above 100 (AWS keeps 100 unreserved), got 100. Ask AWS for a concurrency quota increase first.");

    [Fact]
    public void TargetUtilizationAboveRange_IsRejected() => AssertOnlyError(Scaling("    targetUtilization: 0.95\n"),
        "`scaling.targetUtilization` must be between 0.1 and 0.9, got 0.95.");

    [Fact]
    public void TargetUtilizationBelowRange_IsRejected() => AssertOnlyError(Scaling("    targetUtilization: 0.05\n"),
        "`scaling.targetUtilization` must be between 0.1 and 0.9, got 0.05.");

    [Fact]
    public void UnknownStatistic_IsRejected() => AssertOnlyError(Scaling("    statistic: p99\n"),
        "`scaling.statistic` must be one of Average, Maximum, got \"p99\".");

    [Fact]
    public void NegativeCooldown_IsRejected() => AssertOnlyError(Scaling("    scaleInCooldownSeconds: -5\n"),
        "`scaling.scaleInCooldownSeconds` must be between 0 and 86400, got -5.");

    [Fact]
    public void EasternStandardTimeAbbreviation_IsRejectedWithTheZoneToUse() => AssertOnlyError(Scaling("    timezone: EST\n"),
        "`scaling.timezone` must be an IANA location zone such as Europe/Paris or America/New_York, or UTC, got \"EST\": that is an abbreviation, not a place, and does not follow a place's daylight saving time. Use America/New_York, or UTC.");

    [Fact]
    public void UnknownTimezone_IsRejected() => AssertOnlyError(Scaling("    timezone: Mars/Olympus\n"),
        "`scaling.timezone` must be an IANA time zone such as UTC, Europe/Paris or America/New_York, got \"Mars/Olympus\".");

    [Fact]
    public void ScheduledActionsWithoutAutoscaling_AreRejected() => AssertOnlyError(
        Scaling("    autoscaling: false\n    scheduledActions:\n      - { name: a, schedule: \"cron(0 8 ? * * *)\", min: 2 }\n"),
        "`scaling.autoscaling` is false but 1 scheduled action(s) are configured: scheduled actions need the scalable target. Set scaling.autoscaling to true or remove the actions.");
}
