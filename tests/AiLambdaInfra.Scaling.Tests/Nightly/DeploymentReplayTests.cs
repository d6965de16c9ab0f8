using AiLambdaInfra.Scaling.Nightly;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

public class DeploymentReplayTests
{
    private static readonly AiLambdaInfra.Scaling.Settings.ScheduledActionSettings Open = Weekly("weekday-open", 1, 7, 45, 10);

    [Fact]
    public void RenamedAction_IsCreatedFirstAndDeletedLast()
    {
        var before = new[] { Open, Weekly("planned-mon-0800", 1, 8, 0, 20) };
        var after = new[] { Open, Weekly("planned-001", 1, 8, 0, 20) };

        var diff = DeploymentReplay.Diff(before, after, Zone);

        Assert.Equal(
            [new DeploymentStep(DeploymentOperation.Create, "planned-001", 3), new DeploymentStep(DeploymentOperation.Delete, "planned-mon-0800", 2)],
            diff.Steps);
        Assert.Equal(3, diff.PeakCount);
    }

    [Fact]
    public void NewScheduleOrLevelUnderTheSameName_IsAnUpdateInPlace()
    {
        var before = new[] { Open, Weekly("planned-001", 1, 8, 0, 20), Weekly("planned-002", 1, 18, 0, 5) };
        var after = new[] { Open, Weekly("planned-001", 1, 7, 50, 20), Weekly("planned-002", 1, 18, 0, 6) };

        var diff = DeploymentReplay.Diff(before, after, Zone);

        Assert.Equal(["planned-001", "planned-002"], diff.Updates.Select(u => u.Name));
        Assert.Empty(diff.Creates);
        Assert.Empty(diff.Deletes);
        Assert.Equal(3, diff.PeakCount);
    }

    [Fact]
    public void PeakCount_IsTheCountBeforePlusTheCreates()
    {
        var before = Enumerable.Range(1, 150).Select(i => Weekly($"planned-{i:000}", i % 7, i % 24, 0, i)).ToList();
        var after = Enumerable.Range(1, 150).Select(i => Weekly($"fresh-{i:000}", i % 7, i % 24, 0, i)).ToList();

        var diff = DeploymentReplay.Diff(before, after, Zone);

        Assert.Equal(300, diff.PeakCount);
        Assert.False(diff.WithinQuota);
        Assert.Equal(150, diff.CountAfter);
    }

    [Fact]
    public void ZoneLeftOutOrSpelledAsTheStackDefault_IsNoChange()
    {
        var written = Weekly("planned-001", 1, 8, 0, 20);

        var diff = DeploymentReplay.Diff([written with { Timezone = null }], [written], Zone);

        Assert.Equal(1, diff.Unchanged);
        Assert.Equal(0, diff.Changed);
    }

    [Fact]
    public void Summary_NamesUpdatesCreatesDeletesAndThePeak()
    {
        var diff = DeploymentReplay.Diff([Open, Weekly("planned-001", 1, 8, 0, 20)], [Open, Weekly("planned-001", 1, 8, 0, 21), Weekly("planned-002", 1, 9, 0, 5)], Zone);

        Assert.Equal("1 update, 1 create, 0 deletes; peak 3 of 200 scheduled actions on the target (2 before, 3 after)", diff.Summary);
    }
}
