using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

// Hand-computed cases. Target 0.7, statistic Average, scale-out cooldown 60 s, scale-in cooldown 300 s (the defaults),
// allocation delay 2 minutes.
public class AutoScalingEmulatorTests
{
    private static readonly Instant Start = Instant.FromUtc(2024, 1, 1, 0, 0);
    private static readonly ScalingSettings Tracking = new();

    private static EmulatorInput Input(double[] demand, int initial, ScalingSettings? tracking, IReadOnlyList<ScheduledChange>? schedule = null, int min = 1, int max = 900) =>
        new(Start, demand, demand.Select(c => MinutePeak.Estimate(c, 1)).ToArray(), min, max, initial, schedule ?? [], tracking, AllocationMinutes: 2);

    private static double[] Demand(int minutes, Func<int, double> at) => Enumerable.Range(0, minutes).Select(at).ToArray();

    [Fact]
    public void ConstantDemandAtTarget_NeverScales()
    {
        // 7 busy of 10 provisioned = 0.7: not above the target, not below 90 % of it.
        var run = AutoScalingEmulator.Run(Input(Demand(60, _ => 7), initial: 10, Tracking));

        Assert.All(run.Serving, capacity => Assert.Equal(10, capacity));
        Assert.Equal(0, run.ScaleOuts);
        Assert.Equal(0, run.ScaleIns);
    }

    [Fact]
    public void StepDemand_ScalesOutProportionallyAfterThreeDatapoints_AndServesAfterTheAllocationDelay()
    {
        // Demand steps from 7 to 14 at minute 10. Utilization is 1 (capped) at minutes 10, 11, 12; at minute 13 the alarm
        // holds and capacity goes to ⌈10 × 1 ÷ 0.7⌉ = 15, serving from minute 15. Utilization 14/15 = 0.933 at minute 15
        // raises it at minute 16 to ⌈15 × 0.933 ÷ 0.7⌉ = 20, serving from minute 18; 14/20 = 0.7 holds.
        var run = AutoScalingEmulator.Run(Input(Demand(40, t => t < 10 ? 7 : 14), initial: 10, Tracking));

        Assert.Equal(Enumerable.Repeat(10, 15), run.Serving[..15]);
        Assert.Equal(15, run.Desired[13]);
        Assert.Equal([15, 15, 15], run.Serving[15..18]);
        Assert.Equal(20, run.Desired[16]);
        Assert.All(run.Serving[18..], capacity => Assert.Equal(20, capacity));
        Assert.Equal(2, run.ScaleOuts);
    }

    [Fact]
    public void BurstShorterThanTheScaleOutWindow_IsNeverSeen()
    {
        // Two minutes at 20 give two datapoints above the target; the third (back at 0.7) is not above it.
        var run = AutoScalingEmulator.Run(Input(Demand(40, t => t is 10 or 11 ? 20 : 7), initial: 10, Tracking));

        Assert.All(run.Serving, capacity => Assert.Equal(10, capacity));
        Assert.Equal(0, run.ScaleOuts);
    }

    [Fact]
    public void LowDemand_ScalesInAfterFifteenDatapointsBelowNinetyPercentOfTarget()
    {
        // 2 busy of 20 = 0.1 < 0.63 for minutes 0–14; at minute 15 capacity drops at once to ⌈20 × 0.1 ÷ 0.7⌉ = 3;
        // then 2/3 = 0.667 sits between 0.63 and 0.7, so nothing more happens.
        var run = AutoScalingEmulator.Run(Input(Demand(60, _ => 2), initial: 20, Tracking));

        Assert.Equal(Enumerable.Repeat(20, 15), run.Serving[..15]);
        Assert.All(run.Serving[15..], capacity => Assert.Equal(3, capacity));
        Assert.Equal(1, run.ScaleIns);
    }

    [Fact]
    public void ScheduledMinLoweredWithoutMax_ScalesNothingIn_UntilTheMaxIsLowered()
    {
        // Without target tracking: min 20 → 5 at minute 5 leaves 20 provisioned; max 5 at minute 10 brings it down at once.
        var schedule = new[]
        {
            new ScheduledChange(Start + Duration.FromMinutes(5), Min: 5, Max: null),
            new ScheduledChange(Start + Duration.FromMinutes(10), Min: null, Max: 5),
        };
        var run = AutoScalingEmulator.Run(Input(Demand(20, _ => 2), initial: 20, tracking: null, schedule, min: 20, max: 900));

        Assert.Equal(Enumerable.Repeat(20, 10), run.Serving[..10]);
        Assert.All(run.Serving[10..], capacity => Assert.Equal(5, capacity));
    }

    [Fact]
    public void ScheduledMinRaised_ScalesOutToIt_AfterTheAllocationDelay()
    {
        var schedule = new[] { new ScheduledChange(Start + Duration.FromMinutes(5), Min: 30, Max: null) };
        var run = AutoScalingEmulator.Run(Input(Demand(12, _ => 2), initial: 3, tracking: null, schedule, min: 1, max: 900));

        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 30, 30, 30, 30, 30], run.Serving);
        Assert.Equal(30, run.Desired[5]);
    }

    [Fact]
    public void ScaleOut_NeverExceedsTheMax()
    {
        var run = AutoScalingEmulator.Run(Input(Demand(30, _ => 100), initial: 10, Tracking, max: 12));

        Assert.Equal(12, run.Serving.Max());
    }

    [Fact]
    public void MaximumStatistic_ReactsToWithinMinutePeaksTheAverageHides()
    {
        var demand = Demand(60, _ => 7);
        var average = AutoScalingEmulator.Run(Input(demand, initial: 10, Tracking));
        var maximum = AutoScalingEmulator.Run(Input(demand, initial: 10, Tracking with { Statistic = "Maximum" }));

        Assert.Equal(10, average.Serving[^1]);
        Assert.True(maximum.Serving[^1] > 10, $"Maximum ended at {maximum.Serving[^1]}");
    }

    [Fact]
    public void UnknownMinutes_GiveNoDatapoints()
    {
        // Minutes 10–13 unknown: the alarm looks past them to the datapoints it has.
        var demand = Demand(30, t => t is >= 10 and < 14 ? double.NaN : 7);
        var run = AutoScalingEmulator.Run(Input(demand, initial: 10, Tracking));

        Assert.All(run.Serving, capacity => Assert.Equal(10, capacity));
    }
    [Fact]
    public void PolicyReplacedWithMaximum_ScalesOutAtOnce_OnTheDatapointsAlreadyRecorded()
    {
        // 6.5 busy of 10 = 0.65 on Average: under the target, over 90 % of it, so Average never moves. The within-minute
        // peak is above 7, so every Maximum datapoint breaches. The policy is replaced at minute 20: the new alarms read
        // minutes 17–19 under Maximum and scale out at minute 20, not three minutes later.
        var demand = Demand(40, _ => 6.5);
        var peakUtilization = Math.Min(1, MinutePeak.Estimate(6.5, 1) / 10);
        var replaced = Input(demand, initial: 10, Tracking) with
        {
            TrackingChanges = [new TrackingChange(Start + Duration.FromMinutes(20), Tracking with { Statistic = "Maximum" })],
        };

        var average = AutoScalingEmulator.Run(Input(demand, initial: 10, Tracking));
        var run = AutoScalingEmulator.Run(replaced);

        Assert.True(peakUtilization > 0.7, $"the test needs a breaching peak, got {peakUtilization}");
        Assert.Equal(0, average.ScaleOuts);
        Assert.Equal(Enumerable.Repeat(10, 20), run.Desired[..20]);
        Assert.Equal((int)Math.Ceiling(10 * peakUtilization / 0.7 - 1e-9), run.Desired[20]);
    }

    [Fact]
    public void PolicyReplacedAtTheFirstMinute_PlaysAsThatPolicyThroughout()
    {
        var demand = Demand(180, t => 20 + 15 * Math.Sin(t / 20.0) + (t % 37 == 0 ? 30 : 0));
        var maximum = Tracking with { Statistic = "Maximum" };

        var throughout = AutoScalingEmulator.Run(Input(demand, initial: 10, maximum));
        var replaced = AutoScalingEmulator.Run(Input(demand, initial: 10, null) with { TrackingChanges = [new TrackingChange(Start, maximum)] });

        Assert.Equal(throughout.Serving, replaced.Serving);
        Assert.Equal(throughout.ScaleOuts, replaced.ScaleOuts);
    }

    [Fact]
    public void PolicyRemoved_StopsScaling()
    {
        var demand = Demand(60, t => t < 10 ? 7 : 14);
        var removed = Input(demand, initial: 10, Tracking) with { TrackingChanges = [new TrackingChange(Start + Duration.FromMinutes(5), null)] };

        var run = AutoScalingEmulator.Run(removed);

        Assert.All(run.Desired, capacity => Assert.Equal(10, capacity));
    }
}
