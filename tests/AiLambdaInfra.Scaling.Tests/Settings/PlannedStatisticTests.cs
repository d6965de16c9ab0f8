using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

/// <summary>
/// <c>scaling.statistic</c> set by the stack is the owner's; left unset, the statistic is the planner's, written under
/// <c>plannedStatistic</c>. The two never stand side by side, since one of them would be ignored.
/// </summary>
public class PlannedStatisticTests
{
    private const string Scaling = "  ai-lambda-infra:scaling:\n    max: 50\n";

    [Fact]
    public void UnsetStatistic_IsThePlannersAndStartsAtAverage()
    {
        var scaling = Read(Scaling).Settings!.Scaling;

        Assert.False(scaling.StatisticPinned);
        Assert.Equal("Average", scaling.Statistic);
    }

    [Fact]
    public void PlannedStatistic_IsTheStatisticOfAStackThatLeavesItUnset()
    {
        var scaling = Read(Scaling + "  ai-lambda-infra:plannedStatistic: Maximum\n").Settings!.Scaling;

        Assert.False(scaling.StatisticPinned);
        Assert.Equal("Maximum", scaling.Statistic);
    }

    [Fact]
    public void SetStatistic_IsPinned()
    {
        var scaling = Read(Scaling + "    statistic: Maximum\n").Settings!.Scaling;

        Assert.True(scaling.StatisticPinned);
        Assert.Equal("Maximum", scaling.Statistic);
    }

    [Fact]
    public void PlannedStatisticBesideASetOne_IsRejected() => AssertOnlyError(
        Scaling + "    statistic: Average\n  ai-lambda-infra:plannedStatistic: Maximum\n",
        "`ai-lambda-infra:plannedStatistic` (Maximum) is the planner's choice for a stack that leaves `scaling.statistic` unset, but this stack sets `scaling.statistic: Average`. "
        + "Delete `plannedStatistic` to keep your statistic, or delete `scaling.statistic` to let the planner choose.");

    [Fact]
    public void UnknownPlannedStatistic_IsRejected() => AssertOnlyError(
        Scaling + "  ai-lambda-infra:plannedStatistic: p99\n",
        "`ai-lambda-infra:plannedStatistic` must be one of Average, Maximum, got \"p99\". It is written by `ailambda plan`; delete the line and plan again.");

    [Fact]
    public void PlannedStatisticAsAList_IsRejected() => AssertOnlyError(
        Scaling + "  ai-lambda-infra:plannedStatistic: [Maximum]\n",
        "`ai-lambda-infra:plannedStatistic` must be one of Average, Maximum, got a list. It is written by `ailambda plan`; delete the line and plan again.");

    [Fact]
    public void SecurePlannedStatistic_IsRejected() => AssertOnlyError(
        Scaling + "  ai-lambda-infra:plannedStatistic: { secure: v1:AAAABBBBCCCCDDDD }\n",
        "`ai-lambda-infra:plannedStatistic` is a `secure:` value, but `ailambda plan` writes it as plain text and reads it back; delete the line and plan again.");

    [Fact]
    public void PlannedStatisticWithoutAScalingSection_IsTheStatistic() =>
        Assert.Equal("Maximum", Read("  ai-lambda-infra:plannedStatistic: Maximum\n").Settings!.Scaling.Statistic);
}
