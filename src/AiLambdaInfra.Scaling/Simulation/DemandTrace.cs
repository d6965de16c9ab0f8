using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// A demand trace at one value per UTC minute from <see cref="Start"/>. A minute the source does not have (a collector
/// outage, a missing bucket) is <see cref="double.NaN"/>: unknown, never zero. The backtest keeps paying for the capacity
/// configured during such a minute but scores no invocations, spillover or cold starts in it.
/// </summary>
/// <param name="Start">The first minute, UTC, on a whole minute.</param>
/// <param name="Values">One value per minute: requests in the minute, or mean concurrent executions (see <see cref="DemandKind"/>).</param>
public sealed record DemandTrace(Instant Start, double[] Values)
{
    public int Minutes => Values.Length;

    /// <summary>The instant minute <paramref name="index"/> starts.</summary>
    public Instant At(int index) => Start + Duration.FromMinutes(index);

    /// <summary>How many minutes from <see cref="Start"/> <paramref name="instant"/> is, rounded down.</summary>
    public int IndexOf(Instant instant) => (int)Math.Floor((instant - Start).TotalMinutes);

    /// <summary>Whether minute <paramref name="index"/> has a value.</summary>
    public bool IsKnown(int index) => !double.IsNaN(Values[index]);

    /// <summary>The first <paramref name="minutes"/> minutes: what a planner may see at <c>At(minutes)</c>.</summary>
    public DemandTrace Before(int minutes) => new(Start, Values[..Math.Clamp(minutes, 0, Values.Length)]);

    /// <summary>Minutes [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>).</summary>
    public DemandTrace Slice(int from, int count) => new(At(from), Values[from..(from + count)]);
}
