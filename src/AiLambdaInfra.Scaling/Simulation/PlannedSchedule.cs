namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>A planner's answer: the min/max changes it schedules and how many scheduled actions it puts on the target to get them.</summary>
public sealed record PlannedSchedule(IReadOnlyList<ScheduledChange> Changes, int ActionCount)
{
    /// <summary>What the planner chose and why, in a few words, for progress reports; empty when it says nothing.</summary>
    public string Choice { get; init; } = "";

    /// <summary>
    /// The target tracking the plan was made for, when the planner may change it (<see cref="PredictivePlanner.Create"/>,
    /// planned with tracking), <c>TargetTracking</c> false where it has none; null: the stack's own. Defaults to null.
    /// </summary>
    public Settings.ScalingSettings? Tracking { get; init; }
}
