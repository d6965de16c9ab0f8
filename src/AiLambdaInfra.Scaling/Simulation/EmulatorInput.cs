using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>What the Application Auto Scaling emulator plays.</summary>
/// <param name="Start">The instant of minute 0.</param>
/// <param name="Concurrency">Mean concurrency per minute; NaN where unknown.</param>
/// <param name="PeakConcurrency">Peak concurrency within each minute (what the Maximum statistic sees); NaN where unknown.</param>
/// <param name="InitialMin">The scalable target's min capacity before the first scheduled action.</param>
/// <param name="InitialMax">The scalable target's max capacity before the first scheduled action.</param>
/// <param name="InitialCapacity">Provisioned concurrency allocated and serving at minute 0.</param>
/// <param name="Schedule">Scheduled actions; each runs at the first minute at or after its instant, in order.</param>
/// <param name="TargetTracking">The target-tracking policy, or null for none. Its target utilization, statistic, cooldowns and scale-in switch are used.</param>
/// <param name="AllocationMinutes">Minutes before added provisioned concurrency serves invocations.</param>
public sealed record EmulatorInput(
    Instant Start,
    double[] Concurrency,
    double[] PeakConcurrency,
    int InitialMin,
    int InitialMax,
    int InitialCapacity,
    IReadOnlyList<ScheduledChange> Schedule,
    ScalingSettings? TargetTracking,
    int AllocationMinutes)
{
    /// <summary>
    /// Deploys that replace <see cref="TargetTracking"/> during the run (a nightly change of <c>scaling.statistic</c> or
    /// <c>scaling.targetUtilization</c>), each from the first minute at or after its instant. Defaults to none.
    /// </summary>
    public IReadOnlyList<TrackingChange> TrackingChanges { get; init; } = [];
}
