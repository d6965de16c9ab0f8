using AiLambdaInfra.Scaling.Settings;
using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

/// <summary>The alarm settings the spillover share, the rejected-payloads alarm and the dashboard added.</summary>
public class AlarmSettingsRulesTests
{
    private static string Alarms(string lines) => "  ai-lambda-infra:alarms:\n" + lines;

    [Fact]
    public void SpilloverShareAboveHundredPercent_IsRejected() => AssertOnlyError(Alarms("    spillover:\n      threshold: 120\n"),
        "`alarms.spillover.threshold` must be between 0 and 100, got 120.");

    [Fact]
    public void RejectedShareAboveOne_IsRejected() => AssertOnlyError(Alarms("    rejectedPayloads:\n      threshold: 5\n"),
        "`alarms.rejectedPayloads.threshold` must be between 0 and 1, got 5.");

    [Fact]
    public void SpilloverWithoutThreshold_KeepsItDerived()
    {
        var read = Read(Alarms("    spillover:\n      periodSeconds: 300\n"));

        Assert.Empty(read.Errors);
        Assert.Equal(Defaults.SpilloverAlarm with { PeriodSeconds = 300 }, read.Settings!.Alarms.Spillover);
        Assert.Null(read.Settings.Alarms.Spillover.Threshold);
    }

    [Fact]
    public void SpilloverThreshold_IsReadInPerCent() =>
        Assert.Equal(2.0, Read(Alarms("    spillover:\n      threshold: 2\n")).Settings!.Alarms.Spillover.Threshold);

    [Fact]
    public void DashboardOff_IsRead() => Assert.False(Read(Alarms("    dashboard: false\n")).Settings!.Alarms.Dashboard);

    [Fact]
    public void DashboardNotABool_IsRejected() => AssertOnlyError(Alarms("    dashboard: sometimes\n"),
        "`alarms.dashboard` must be true or false, got \"sometimes\".");
}
