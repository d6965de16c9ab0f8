using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// The nightly job fails, or its pull request waits over a weekend: the plan last deployed must go on serving for a week.
public class FailedNightTests
{
    private static readonly Instant Night = Instant.FromUtc(2014, 4, 24, 0, 0);
    private static readonly Duration Week = Duration.FromDays(7);

    [Fact]
    public void HorizonPlan_EndsByHandingTheTargetBackToTheStacksFloor()
    {
        var settings = Prod(mode: "horizon");
        var nightly = NightlyPlanner.Stabilize(Plan(settings), settings);

        var weekAfter = ScheduleExpander.Timeline(nightly.Plan.Actions, settings.Scaling.Timezone, nightly.Plan.Start, nightly.Plan.Start + Week,
            settings.Scaling.Min, settings.Scaling.Max);

        var last = weekAfter[^1];
        Assert.Equal(nightly.Plan.End, last.At);
        Assert.Equal((settings.Scaling.Min, settings.Scaling.Max), (last.Min, last.Max));
    }

    [Fact]
    public void HorizonPlanAtItsBudget_MergesUpwardToMakeRoomForTheFloor()
    {
        var settings = Prod(mode: "horizon", maxActions: 12);
        var fresh = Plan(settings);
        var nightly = NightlyPlanner.Stabilize(fresh, settings);

        Assert.Equal(12, fresh.Actions.Count);
        Assert.Equal(12, nightly.Plan.Actions.Count);
        foreach (var change in fresh.Timeline)
            Assert.True(nightly.Plan.MinAt(change.At) >= change.Min, $"at {change.At}: {nightly.Plan.MinAt(change.At)} < {change.Min}");
    }

    [Fact]
    public void WeeklyPlan_ServesEveryFollowingWeekAsItsFirst()
    {
        var settings = Prod(mode: "weekly");
        var nightly = NightlyPlanner.Stabilize(Plan(settings), settings);
        var start = nightly.Plan.Start;

        var twoWeeks = ScheduleExpander.Timeline(nightly.Plan.Actions, settings.Scaling.Timezone, start, start + Week * 2, settings.Scaling.Min, settings.Scaling.Max);

        var firstWeek = twoWeeks.Where(c => c.At > start && c.At < start + Week).ToList();
        Assert.InRange(firstWeek.Count, 7, 200);
        Assert.Equal(firstWeek.Select(c => c with { At = c.At + Week }), twoWeeks.Where(c => c.At > start + Week).ToList());
    }

    private static CapacityPlan Plan(StackSettings settings)
    {
        var history = HistoryReader.Load(Path.Combine(RepositoryRoot.Path, "samples", "history", "concurrent-executions.json"), new HistoryReadOptions()).Series!;
        return PlanningPipeline.Run(history, settings.Scaling, settings.Planner, Night).Plan;
    }

    private static StackSettings Prod(string mode, int maxActions = 150)
    {
        var settings = StackFileSettings.Read(StackFile.Load(Path.Combine(RepositoryRoot.Path, "Pulumi.prod.yaml"))).Settings!;
        return settings with { Planner = settings.Planner with { Mode = mode, MaxActions = maxActions } };
    }
}
