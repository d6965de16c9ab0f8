using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// A stack file written before names were stable holds 150 actions named after their times (planned-wed-0005): the
// first stabilized night must not replace them all, or the target would hold 300 mid-deploy.
public class UpgradeTests
{
    [Fact]
    public void TimeNamedActionsFromAnEarlierPlanner_AreUpdatedUnderTheirNames_WithinTheQuota()
    {
        var settings = StackFileSettings.Read(StackFile.Load(Path.Combine(RepositoryRoot.Path, "Pulumi.prod.yaml"))).Settings!;
        var history = HistoryReader.Load(Path.Combine(RepositoryRoot.Path, "samples", "history", "concurrent-executions.json"), new HistoryReadOptions()).Series!;
        var yesterday = PlanningPipeline.Run(history, settings.Scaling, settings.Planner, Instant.FromUtc(2014, 4, 23, 0, 0)).Plan;
        var tonight = PlanningPipeline.Run(history, settings.Scaling, settings.Planner, Instant.FromUtc(2014, 4, 24, 0, 0)).Plan;

        var nightly = NightlyPlanner.Stabilize(tonight, settings with { PlannedActions = yesterday.Actions });

        // Only what the plan grows by is created: here the action that ends the horizon at the stack's floor.
        Assert.Equal(nightly.Plan.Actions.Count - yesterday.Actions.Count, nightly.Diff.Creates.Count);
        Assert.Empty(nightly.Diff.Deletes);
        Assert.Subset(nightly.Plan.Actions.Select(a => a.Name).ToHashSet(), yesterday.Actions.Select(a => a.Name).ToHashSet());
        Assert.Equal(settings.Scaling.ScheduledActions.Count + nightly.Plan.Actions.Count, nightly.Diff.PeakCount);
    }
}
