using NodaTime;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Provisioned concurrency each forecast slot needs: ⌈upper forecast ÷ the request's sizing utilization (1: none)⌉ clamped to the stack's
/// [min, max]. <see cref="Unclamped"/> keeps the value before the clamp to max, to report what the max cuts off.
/// </summary>
public sealed record RequiredCapacity(Instant Start, Duration Step, int[] Values, int[] Unclamped)
{
    /// <summary>Value of the slot holding <paramref name="instant"/>; outside the forecast, the nearest slot's.</summary>
    public int At(Instant instant)
    {
        var slot = (int)Math.Floor((instant - Start).TotalTicks / Step.TotalTicks);
        return Values[Math.Clamp(slot, 0, Values.Length - 1)];
    }
}
