using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>From <see cref="At"/> (UTC) the scalable target's minimum and maximum capacity are <see cref="Min"/> and <see cref="Max"/>.</summary>
public sealed record CapacityChange(Instant At, int Min, int Max);
