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
