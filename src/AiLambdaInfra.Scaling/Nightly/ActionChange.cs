using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>One scheduled action <c>pulumi up</c> touches: <see cref="Before"/> is null for a create, <see cref="After"/> for a delete.</summary>
public sealed record ActionChange(string Name, ScheduledActionSettings? Before, ScheduledActionSettings? After);
