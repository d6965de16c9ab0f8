using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// A stack file written before names were stable holds actions named after their times (planned-mon-0730): the first
// stabilized night must not replace them all, or the target would hold twice as many mid-deploy.
public class UpgradeTests
{
    [Fact]
    public void TimeNamedActionsFromAnEarlierPlanner_AreUpdatedUnderTheirNames_WithinTheQuota()
    {
        var settings = Prod();
        var days = new[] { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
        var yesterday = Enumerable.Range(0, 140).Select(i => Weekly($"planned-{days[i % 7]}-{i / 7:00}00", i % 7, i / 7, 0, 10 + i % 2 * 30)).ToList();
        // Tonight's plan moved every other step by three hours: nothing can be kept as it is.
        var tonight = Enumerable.Range(0, 140).Select(i => Weekly($"planned-{days[i % 7]}-{i / 7 + 3:00}00", i % 7, i / 7 + 3, 0, 12 + i % 2 * 30)).ToList();
        var fresh = Plan(PlanMode.Weekly, tonight, Night, Night + Duration.FromDays(7), 150);

        var nightly = NightlyPlanner.Stabilize(fresh, settings with { PlannedActions = yesterday });

        Assert.Empty(nightly.Diff.Creates);
        Assert.Empty(nightly.Diff.Deletes);
        Assert.Equal(yesterday.Select(a => a.Name).Order(), nightly.Plan.Actions.Select(a => a.Name).Order());
        Assert.Equal(settings.Scaling.ScheduledActions.Count + 140, nightly.Diff.PeakCount);
        Assert.InRange(nightly.Diff.PeakCount, 1, AwsLimits.MaxScheduledActionsPerTarget);
    }
}
