using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// A scheduled action and when it first runs in the planned period: <see cref="Minute"/> minutes after the period's
/// start, or null when it does not run in it (an <c>at()</c> action that has already fired, say).
/// </summary>
internal readonly record struct PlacedAction(ScheduledActionSettings Action, long? Minute)
{
    /// <summary>The capacity the action sets: its min, else its max.</summary>
    public int Level => Action.Min ?? Action.Max ?? 0;
}
