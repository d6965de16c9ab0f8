using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// A stack file written before names were stable holds actions named after their times (planned-mon-0730): the first
// stabilized night must not replace them all, or the target would hold twice as many mid-deploy.
public class UpgradeTests
{
    private static readonly Instant Night = Instant.FromUtc(2026, 11, 30, 9, 0);

    [Fact]
    public void TimeNamedActionsFromAnEarlierPlanner_AreUpdatedUnderTheirNames_WithinTheQuota()
    {
        var settings = StackFileSettings.Read(StackFile.Load(Path.Combine(RepositoryRoot.Path, "Pulumi.prod.yaml"))).Settings!;
        var days = new[] { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
        var yesterday = Enumerable.Range(0, 140).Select(i => Weekly($"planned-{days[i % 7]}-{i / 7:00}00", i % 7, i / 7, 0, 10 + i % 2 * 30)).ToList();
        // Tonight's plan moved every other step by three hours: nothing can be kept as it is.
        var tonight = Enumerable.Range(0, 140).Select(i => Weekly($"planned-{days[i % 7]}-{i / 7 + 3:00}00", i % 7, i / 7 + 3, 0, 12 + i % 2 * 30)).ToList();
        var fresh = new CapacityPlan
        {
            Mode = PlanMode.Weekly, Start = Night, End = Night + Duration.FromDays(7), Actions = tonight,
            Timeline = ScheduleExpander.Timeline(tonight, Zone, Night, Night + Duration.FromDays(7), 2, StackMax),
            Required = new RequiredCapacity(Night, Duration.FromMinutes(5), [], []), ActionBudget = 150,
        };

        var nightly = NightlyPlanner.Stabilize(fresh, settings with { PlannedActions = yesterday });

        Assert.Empty(nightly.Diff.Creates);
        Assert.Empty(nightly.Diff.Deletes);
        Assert.Equal(yesterday.Select(a => a.Name).Order(), nightly.Plan.Actions.Select(a => a.Name).Order());
        Assert.Equal(settings.Scaling.ScheduledActions.Count + 140, nightly.Diff.PeakCount);
        Assert.InRange(nightly.Diff.PeakCount, 1, AwsLimits.MaxScheduledActionsPerTarget);
    }
}
