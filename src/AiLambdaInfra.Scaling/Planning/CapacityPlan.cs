using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// A plan: the scheduled actions to write, and what they do over the horizon. <see cref="Timeline"/> is the actions
/// expanded (cron evaluated in their time zone) into every change of min and max in UTC, starting with the state in
/// force at <see cref="Start"/>, so anyone can replay the plan without parsing cron.
/// </summary>
public sealed record CapacityPlan
{
    public required PlanMode Mode { get; init; }
    public required Instant Start { get; init; }
    public required Instant End { get; init; }
    public required IReadOnlyList<ScheduledActionSettings> Actions { get; init; }
    public required IReadOnlyList<CapacityChange> Timeline { get; init; }
    public required RequiredCapacity Required { get; init; }

    /// <summary>Most actions the plan was allowed: the planner's limit, within 200 per target less the user's own.</summary>
    public required int ActionBudget { get; init; }

    /// <summary>Highest capacity required between <see cref="Start"/> and <see cref="End"/>.</summary>
    public int Peak { get; init; }

    /// <summary>Highest capacity the upper forecast would need without the stack's max.</summary>
    public int UnclampedPeak { get; init; }

    /// <summary>Scheduled min in force at <paramref name="instant"/> according to <see cref="Timeline"/>.</summary>
    public int MinAt(Instant instant) => StateAt(instant).Min;

    /// <summary>Scheduled max in force at <paramref name="instant"/> according to <see cref="Timeline"/>.</summary>
    public int MaxAt(Instant instant) => StateAt(instant).Max;

    private CapacityChange StateAt(Instant instant)
    {
        var current = Timeline[0];
        foreach (var change in Timeline)
        {
            if (change.At > instant) break;
            current = change;
        }
        return current;
    }
}
