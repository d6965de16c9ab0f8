using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>One run of a scheduled action, at a UTC instant.</summary>
public sealed record ScheduledFiring(Instant At, ScheduledActionSettings Action);
