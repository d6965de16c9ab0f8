using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>The nights of a <see cref="NightlyReplay"/> and the days after them played under either plan.</summary>
/// <param name="Nights">Each night's deployment, in order.</param>
/// <param name="Fresh">The played days under each night's fresh plan (the planner's, as it made it), with target tracking.</param>
/// <param name="Stabilized">The same days under each night's stabilized plan, with target tracking.</param>
public sealed record NightlyReplayResult(IReadOnlyList<NightlyReplayNight> Nights, PolicyScore Fresh, PolicyScore Stabilized)
{
    /// <summary>Median of the actions each night's deployment touches (creates, updates, deletes), the first night left out: it starts from an empty plan.</summary>
    public double MedianChanged => Median(Nights.Skip(1).Select(n => (double)n.Deploy.Changed));

    /// <summary>The same median without stabilizing and stable names.</summary>
    public double MedianChangedWithoutStabilizing => Median(Nights.Skip(1).Select(n => (double)n.WithoutStabilizing.Changed));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
