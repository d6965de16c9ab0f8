using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>What the self-tuning replay prices and models besides the history and the stack's settings.</summary>
public sealed record TuningContext
{
    /// <summary>Memory the function is billed at. Defaults to <see cref="Defaults.MemoryMb"/>.</summary>
    public int MemoryMb { get; init; } = Defaults.MemoryMb;

    /// <summary>Mean duration of one invocation, for the request count behind the concurrency (Little's law). Defaults to 1 s.</summary>
    public double MeanDurationSeconds { get; init; } = 1;

    /// <summary>Prices of the stack's region and architecture. Defaults to those of <see cref="PriceCatalog.DefaultRegion"/> and <see cref="Defaults.Architecture"/>.</summary>
    public LambdaPrices Prices { get; init; } = PriceCatalog.For(PriceCatalog.DefaultRegion, Defaults.Architecture);

    /// <summary>
    /// The within-minute peak the Maximum statistic sees, from a minute's value. Defaults to the value itself: CloudWatch's
    /// <c>ConcurrentExecutions</c> history is already each minute's maximum.
    /// </summary>
    public Func<double, double> Peak { get; init; } = value => value;
}
