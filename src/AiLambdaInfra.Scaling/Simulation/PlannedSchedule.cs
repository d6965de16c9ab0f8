namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>A planner's answer: the min/max changes it schedules and how many scheduled actions it puts on the target to get them.</summary>
public sealed record PlannedSchedule(IReadOnlyList<ScheduledChange> Changes, int ActionCount);
