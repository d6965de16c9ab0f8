using AiLambdaInfra.Scaling.Nightly;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

public class PlanStabilizerTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 30, 9, 0);
    private static readonly PlanPeriod Week = new(Start, Duration.FromDays(7), true, Zone);

    [Fact]
    public void FreshPlanSlightlyLowerAndRisingLater_KeepsLastNightsWeek()
    {
        var previous = new[] { Weekly("planned-001", 1, 7, 30, 40), Weekly("planned-002", 1, 20, 0, 4) };
        var fresh = new[] { Weekly("planned-mon-0740", 1, 7, 40, 37), Weekly("planned-mon-1955", 1, 19, 55, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150);

        Assert.Equal(previous, stabilized.Select(s => s.Action));
    }

    [Fact]
    public void FreshPlanRisingEarlier_MovesOnlyThatRiseAheadOfIt()
    {
        var previous = new[] { Weekly("planned-001", 1, 7, 30, 40), Weekly("planned-002", 1, 20, 0, 4) };
        var fresh = new[] { Weekly("planned-mon-0700", 1, 7, 0, 38), Weekly("planned-mon-2000", 1, 20, 0, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150).Select(s => s.Action).ToList();

        Assert.Equal(previous[0] with { Schedule = $"cron({60 - PlanStabilizer.TimeHeadroomMinutes} 6 ? * MON *)" }, stabilized[0]);
        Assert.Equal(previous[1], stabilized[1]);
    }

    [Fact]
    public void FreshPlanHigher_RaisesThatStepWithHeadroom()
    {
        var previous = new[] { Weekly("planned-001", 1, 7, 30, 40), Weekly("planned-002", 1, 20, 0, 4) };
        var fresh = new[] { Weekly("a", 1, 7, 30, 50), Weekly("b", 1, 20, 0, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150).Select(s => s.Action).ToList();

        Assert.Equal(PlanStabilizer.WithHeadroom(50, 2, StackMax), stabilized[0].Min);
        Assert.Equal(previous[1], stabilized[1]);
    }

    // Half an hour at twice the need is little excess over the day ahead: lowering it would be a change that saves little.
    [Fact]
    public void StepFarAboveItsNeed_IsKeptWhileTheDayAheadHoldsLittleExcess()
    {
        var previous = new[] { Weekly("planned-001", 1, 7, 30, 40), Weekly("planned-002", 1, 8, 0, 20), Weekly("planned-003", 1, 20, 0, 4) };
        var fresh = new[] { Weekly("a", 1, 7, 30, 20), Weekly("b", 1, 20, 0, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150);

        Assert.Equal(previous, stabilized.Select(s => s.Action));
    }

    // Twelve and a half hours at twice the need, the day after the plan: the day holds more than MaxExtraCapacity above
    // its need, so the step is lowered to its need plus headroom.
    [Fact]
    public void DayAheadFarAboveItsNeed_LowersTheCostlyStep()
    {
        var previous = new[] { Weekly("planned-001", 1, 7, 30, 40), Weekly("planned-002", 1, 20, 0, 4) };
        var fresh = new[] { Weekly("a", 1, 7, 30, 20), Weekly("b", 1, 20, 0, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150).Select(s => s.Action).ToList();

        Assert.Equal([previous[0] with { Min = PlanStabilizer.WithHeadroom(20, 2, StackMax) }, previous[1]], stabilized);
    }

    // The same excess a week ahead costs nothing before the next night's plan: it stays for a later night to lower.
    [Fact]
    public void StepFarAboveItsNeedBeyondTheNextNight_IsKept()
    {
        var previous = new[] { Weekly("planned-001", 4, 7, 30, 40), Weekly("planned-002", 4, 20, 0, 4) };
        var fresh = new[] { Weekly("a", 4, 7, 30, 20), Weekly("b", 4, 20, 0, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150);

        Assert.Equal(previous, stabilized.Select(s => s.Action));
    }

    [Fact]
    public void PinnedWeekWithoutTracking_RaisesMinAndMaxTogether()
    {
        static ScheduledActionSettings Pinned(string name, int hour, int level) => Weekly(name, 1, hour, 0, level) with { Max = level };
        var previous = new[] { Pinned("planned-001", 8, 40), Pinned("planned-002", 20, 4) };
        var fresh = new[] { Pinned("a", 8, 50), Pinned("b", 20, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, Week, 2, StackMax, 150).Select(s => s.Action).ToList();

        var raised = PlanStabilizer.WithHeadroom(50, 2, StackMax);
        Assert.Equal([previous[0] with { Min = raised, Max = raised }, previous[1]], stabilized);
    }

    [Fact]
    public void FreshPlanWithNoActions_HasNothingToStabilizeAgainst_AndReturnsLastNightsAsTheyAre()
    {
        var previous = new[] { Weekly("planned-001", 1, 7, 30, 40), Weekly("planned-002", 1, 20, 0, 4) };

        var stabilized = PlanStabilizer.Stabilize(previous, [], Week, 2, StackMax, 150);

        Assert.Equal(previous, stabilized.Select(s => s.Action));
    }

    private static readonly string[] Zones = ["UTC", "America/New_York", "Europe/Berlin"];

    // Random last-night and tonight weekly plans, in zones with and without clock changes, any week of 2026.
    [Property(MaxTest = 80)]
    public void StabilizedWeek_IsNeverBelowTheFreshPlan(PositiveInt seed, byte zoneByte)
    {
        var random = new Random(seed.Get);
        var zone = Zones[zoneByte % Zones.Length];
        var period = new PlanPeriod(Instant.FromUtc(2026, 1, 1, 4, 0) + Duration.FromDays(random.Next(0, 358)), Duration.FromDays(7), true, zone);
        var previous = RandomWeek(random, zone, "planned-");
        var fresh = RandomWeek(random, zone, "fresh-");

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, period, 1, StackMax, 150).Select(s => s.Action).ToList();

        var f = ScheduleExpander.Timeline(fresh, zone, period.Start, period.Start + period.Length, 1, StackMax);
        var s = ScheduleExpander.Timeline(stabilized, zone, period.Start, period.Start + period.Length, 1, StackMax);
        foreach (var at in f.Select(c => c.At).Concat(s.Select(c => c.At)))
            Assert.True(MinAt(s, at) >= MinAt(f, at), $"at {at}: stabilized {MinAt(s, at)} < fresh {MinAt(f, at)}");
        Assert.InRange(stabilized.Count, 1, 150);
    }

    // The cost side of the same bound: over the day before the next night's plan, the stabilized week holds at most
    // MaxExtraCapacity more capacity·time than the fresh one (levels of 10 and more, where the one-unit band is small).
    [Property(MaxTest = 80)]
    public void StabilizedWeek_HoldsBoundedExcessOverTheDayAhead(PositiveInt seed, byte zoneByte)
    {
        var random = new Random(seed.Get);
        var zone = Zones[zoneByte % Zones.Length];
        var period = new PlanPeriod(Instant.FromUtc(2026, 1, 1, 4, 0) + Duration.FromDays(random.Next(0, 358)), Duration.FromDays(7), true, zone);
        var previous = RandomWeek(random, zone, "planned-", 10);
        var fresh = RandomWeek(random, zone, "fresh-", 10);

        var stabilized = PlanStabilizer.Stabilize(previous, fresh, period, 1, StackMax, 150).Select(s => s.Action).ToList();

        var dayAhead = period.Start + Duration.FromMinutes(PlanStabilizer.LowerWithinMinutes);
        double Held(IEnumerable<ScheduledActionSettings> actions) => CapacityMinutes(ScheduleExpander.Timeline(actions, zone, period.Start, dayAhead, 1, StackMax), dayAhead);
        Assert.InRange(Held(stabilized), 0, (1 + PlanStabilizer.MaxExtraCapacity) * Held(fresh) + 1e-6);
    }

    private static double CapacityMinutes(IReadOnlyList<CapacityChange> timeline, Instant end) =>
        timeline.Select((c, i) => c.Min * ((i + 1 < timeline.Count ? timeline[i + 1].At : end) - c.At).TotalMinutes).Sum();

    private static List<ScheduledActionSettings> RandomWeek(Random random, string zone, string prefix, int lowest = 1)
    {
        var slots = Enumerable.Range(0, random.Next(2, 40)).Select(_ => random.Next(0, 7 * 24 * 12)).Distinct().Order().ToList();
        return slots.Select((slot, i) => Weekly($"{prefix}{i}", slot / 288, slot % 288 / 12, slot % 12 * 5, random.Next(lowest, 120)) with { Timezone = zone }).ToList();
    }

    private static int MinAt(IReadOnlyList<CapacityChange> timeline, Instant at) => timeline.Last(c => c.At <= at || c == timeline[0]).Min;
}
