using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The target-tracking policy replaced by a deploy: from <see cref="At"/> the target tracks with <see cref="Tracking"/>
/// (null: no policy). Application Auto Scaling replaces the policy's alarms, which evaluate the metric's existing
/// datapoints with the new statistic and threshold.
/// </summary>
public sealed record TrackingChange(Instant At, ScalingSettings? Tracking);
