namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>A planner's answer: the min/max changes it schedules and how many scheduled actions it puts on the target to get them.</summary>
public sealed record PlannedSchedule(IReadOnlyList<ScheduledChange> Changes, int ActionCount)
{
    /// <summary>What the planner chose and why, in a few words, for progress reports; empty when it says nothing.</summary>
    public string Choice { get; init; } = "";
}
