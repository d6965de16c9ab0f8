using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>Whole ticks of a <see cref="Duration"/>; every duration here is a whole number of seconds.</summary>
internal static class DurationTicks
{
    public static long TotalTicksLong(this Duration duration) => (long)duration.TotalTicks;
}
