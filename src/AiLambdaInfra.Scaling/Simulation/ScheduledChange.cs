using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// A scheduled action as Application Auto Scaling runs it: at <see cref="At"/> it sets the scalable target's min and/or
/// max capacity; a bound left null is unchanged.
/// </summary>
public sealed record ScheduledChange(Instant At, int? Min, int? Max);
