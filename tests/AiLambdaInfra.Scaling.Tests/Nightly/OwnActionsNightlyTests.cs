using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

// The stack's own scheduled actions beside a nightly plan: their mins are floors of the plan, not forecasts.
public class OwnActionsNightlyTests
{

    [Fact]
    public void StepHeldAtYourMin_GetsNoHeadroom_WhileAForecastStepDoes()
    {
        // Yours: min 50 from 12:00 to 16:00 New York time. Tonight's plan: 30 at 08:00 (a forecast), 50 at 12:00 (your
        // min, which the planner respects), 10 at 16:00.
        var own = new[]
        {
            new ScheduledActionSettings { Name = "warm", Schedule = "cron(0 12 * * ? *)", Min = 50 },
            new ScheduledActionSettings { Name = "cool", Schedule = "cron(0 16 * * ? *)", Min = 2 },
        };
        var settings = Prod() with { Scaling = Prod().Scaling with { ScheduledActions = own }, PlannedActions = [] };
        var fresh = Plan(PlanMode.Horizon, [At("p1", "2026-11-30T08:00:00", 30), At("p2", "2026-11-30T12:00:00", 50), At("p3", "2026-11-30T16:00:00", 10)],
            Night, Night + Duration.FromHours(24), 150);

        var nightly = NightlyPlanner.Stabilize(fresh, settings);

        int MinAt(string local) => nightly.Plan.Actions.Single(a => a.Schedule == $"at({local})").Min!.Value;
        Assert.Equal(36, MinAt("2026-11-30T08:00:00"));
        Assert.Equal(50, MinAt("2026-11-30T12:00:00"));
        Assert.Equal(PlanStabilizer.WithHeadroom(10, 2, StackMax), MinAt("2026-11-30T16:00:00"));
    }
}
