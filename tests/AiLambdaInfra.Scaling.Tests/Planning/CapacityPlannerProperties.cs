using AiLambdaInfra.Scaling.Planning;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Planning.PlanAssertions;

namespace AiLambdaInfra.Scaling.Tests.Planning;

/// <summary>
/// Random forecasts (smooth cycles, steps, spikes), bounds, lead times, budgets, modes and time zones (start dates
/// anywhere in 2026, daylight-saving weeks included): every plan keeps <see cref="PlanAssertions.Invariants"/>.
/// </summary>
public class CapacityPlannerProperties
{
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney"];

    [Property(MaxTest = 60)]
    public void EveryPlan_KeepsItsInvariants(PositiveInt seed, bool tracking, bool scalesIn, bool weekly, byte budgetByte, byte zoneByte)
    {
        var random = new Random(seed.Get);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(5 * random.Next(0, 365 * 288));
        var upper = RandomUpper(random, 2016);
        var min = random.Next(0, 5);
        var request = new PlanRequest
        {
            Start = start,
            Horizon = Duration.FromHours(random.Next(1, 145)),
            Min = min,
            Max = min + random.Next(1, 300),
            TargetUtilization = 0.1 + random.NextDouble() * 0.8,
            TargetTracking = tracking,
            TrackingScalesIn = scalesIn,
            Timezone = Zones[zoneByte % Zones.Length],
            BufferMinutes = random.Next(0, 15),
            AllocationMinutes = random.Next(0, 5),
            MaxActions = 1 + budgetByte % 150,
            UserActionCount = random.Next(0, 60),
            Mode = weekly ? PlanMode.Weekly : PlanMode.Horizon,
        };

        var plan = CapacityPlanner.Plan(Forecast(upper, start), request);

        Invariants(plan, request);
    }

    [Property(MaxTest = 40)]
    public void NoPlannedAction_SetsMinUnderTheMinTheStacksOwnActionsHold(PositiveInt seed, bool weekly, byte zoneByte)
    {
        var random = new Random(seed.Get);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(5 * random.Next(0, 365 * 288));
        var zone = Zones[zoneByte % Zones.Length];
        var max = 50 + random.Next(0, 250);
        // Up to six daily actions of the stack's own, each setting min somewhere in [1, max].
        var own = Enumerable.Range(0, random.Next(1, 7)).Select(i => new AiLambdaInfra.Scaling.Settings.ScheduledActionSettings
        {
            Name = $"own-{i}",
            Schedule = $"cron({random.Next(0, 60)} {random.Next(0, 24)} * * ? *)",
            Min = random.Next(1, max + 1),
        }).ToList();
        var request = new PlanRequest
        {
            Start = start, Min = 1, Max = max, Timezone = zone, UserActions = own, TargetUtilization = 0.7,
            Mode = weekly ? PlanMode.Weekly : PlanMode.Horizon,
        };

        var plan = CapacityPlanner.Plan(Forecast(RandomUpper(random, 2016), start), request);

        var yours = ScheduleExpander.Timeline(own, zone, plan.Start - Duration.FromDays(1), plan.End, request.Min, request.Max);
        foreach (var firing in ScheduleExpander.Firings(plan.Actions, zone, plan.Start, plan.End))
        {
            var floor = yours.Last(c => c.At <= firing.At).Min;
            Assert.True(firing.Action.Min >= floor, $"{firing.Action.Name} at {firing.At} sets min {firing.Action.Min} under your {floor}");
        }
    }

    private static double[] RandomUpper(Random random, int slots)
    {
        var level = random.NextDouble() * 200;
        var amplitude = random.NextDouble() * level;
        var noise = random.NextDouble() * 20;
        var upper = new double[slots];
        for (var i = 0; i < slots; i++)
        {
            var v = level + amplitude * Math.Sin(i * Math.Tau / 288) + noise * random.NextDouble();
            if (random.NextDouble() < 0.01) v *= 3;
            if (i > slots / 3 && i < slots / 2) v += random.NextDouble() < 0.5 ? 0 : level;
            upper[i] = Math.Max(0, v);
        }
        return upper;
    }
}
