using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Tuning;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Tuning;

/// <summary>Where the self-tuning replay starts each candidate: where the target would be, and on fair terms.</summary>
public class ReplayerTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 23, 0, 0);
    private const int Minutes = 2 * 1440;
    private const int AllocationMinutes = 2;

    [Fact]
    public void MinRaisedByTheStacksOwnActionDaysBefore_HoldsForEveryCandidateFromTheFirstMinute()
    {
        // Three days before the replay your action raised min to 40; nothing lowers it. Demand (10) needs far less.
        var scaling = new ScalingSettings
        {
            Min = 1,
            Max = 100,
            ScheduledActions = [new ScheduledActionSettings { Name = "launch", Schedule = "at(2026-11-20T06:00:00)", Min = 40 }],
        };
        var demand = Enumerable.Repeat(10d, Minutes).ToArray();
        var replayer = new Replayer(Start, demand, demand, scaling, AllocationMinutes);
        // The planned levels, as the tuner floors them at the min your actions hold.
        var levels = UserFloor.At(scaling.ScheduledActions, scaling.Timezone, scaling.Min, scaling.Max,
            Enumerable.Range(0, Minutes).Select(m => Start + Duration.FromMinutes(m)).ToArray())!;

        var candidates = new Dictionary<string, int[]>
        {
            ["tracking on Average"] = replayer.TrackingOnly("Average", 0.7),
            ["tracking on Maximum"] = replayer.TrackingOnly("Maximum", 0.7),
            ["plan + tracking"] = replayer.Floor(levels, "Average", 0.7),
            ["plan alone"] = replayer.Hold(levels),
        };

        Assert.All(candidates, candidate =>
            Assert.True(candidate.Value.Min() >= 40, $"{candidate.Key} served {candidate.Value.Min()} at minute {Array.IndexOf(candidate.Value, candidate.Value.Min())}"));
    }

    [Theory]
    [InlineData(10, 100)]
    [InlineData(150, 150)]
    public void FloorCandidate_NeverStartsWithLessThanTrackingAlone(int plannedLevel, int expectedFirstMinute)
    {
        // 70 concurrent from the first minute: tracking at 0.7 starts sized for it, at 100.
        var scaling = new ScalingSettings { Min = 1, Max = 900 };
        var demand = Enumerable.Repeat(70d, Minutes).ToArray();
        var replayer = new Replayer(Start, demand, demand, scaling, AllocationMinutes);
        var levels = Enumerable.Repeat(plannedLevel, Minutes).ToArray();

        var floor = replayer.Floor(levels, "Average", 0.7);

        Assert.Equal(100, replayer.TrackingOnly("Average", 0.7)[0]);
        Assert.Equal(expectedFirstMinute, floor[0]);
    }
}
