using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>One action of a stabilized plan.</summary>
/// <param name="Action">The action.</param>
/// <param name="KeepsName">Whether it is last night's action (changed or not) under its own name; otherwise tonight's, whose name is yet to be chosen.</param>
public sealed record StabilizedAction(ScheduledActionSettings Action, bool KeepsName);
