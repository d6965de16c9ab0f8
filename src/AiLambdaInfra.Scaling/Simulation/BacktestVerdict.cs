using System.Globalization;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// The product's default (<see cref="PolicyNames.PredictiveWithTracking"/>) judged the same way on any trace: is its
/// spill within the stack's budget (<c>planner.spillBudgetPercent</c>), and how does it compare on spill and cost with
/// each reactive option AWS offers without prediction (target tracking alone on Average and on Maximum).
/// </summary>
/// <param name="Product">The product's score.</param>
/// <param name="BudgetPercent">The spill budget it is held to.</param>
/// <param name="Reactive">Each reactive option's score and how the product compares with it.</param>
public sealed record BacktestVerdict(PolicyScore Product, double BudgetPercent, IReadOnlyList<(PolicyScore Option, Comparison Product)> Reactive)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whether the product spilled no more than the budget allows (as printed, to 0.001 %).</summary>
    public bool WithinBudget => AsPrinted(Product.SpilloverPercent) <= BudgetPercent;

    /// <summary>The verdict of a backtest's result against the budget.</summary>
    public static BacktestVerdict Of(BacktestResult result, double budgetPercent)
    {
        PolicyScore Score(string policy) => result.Scores.Single(s => s.Policy == policy);
        var product = Score(PolicyNames.PredictiveWithTracking);
        var reactive = new[] { PolicyNames.TargetTrackingAverage, PolicyNames.TargetTrackingMaximum }
            .Select(name => Score(name))
            .Select(option => (option, Compare(product, option)))
            .ToList();
        return new BacktestVerdict(product, budgetPercent, reactive);
    }

    /// <summary>How <paramref name="policy"/> compares with <paramref name="other"/>, spill and cost as the table prints them.</summary>
    public static Comparison Compare(PolicyScore policy, PolicyScore other)
    {
        // A cost ratio has no value when perfect foresight costs nothing (no demand over the days played).
        double[] figures = [policy.SpilloverPercent, other.SpilloverPercent, policy.CostRatio, other.CostRatio];
        if (figures.Any(double.IsNaN)) return Comparison.Undetermined;
        // Compared as printed (spill to 0.001 %, cost to 0.001×), so a verdict never rests on a difference nobody can see.
        var spill = AsPrinted(policy.SpilloverPercent).CompareTo(AsPrinted(other.SpilloverPercent));
        var cost = AsPrinted(policy.CostRatio).CompareTo(AsPrinted(other.CostRatio));
        return (spill, cost) switch
        {
            (0, 0) => Comparison.Equal,
            ( <= 0, <= 0) => Comparison.Better,
            ( >= 0, >= 0) => Comparison.Worse,
            ( < 0, _) => Comparison.LessSpillForMoreCost,
            _ => Comparison.LessCostForMoreSpill,
        };
    }

    /// <summary>The verdict in a few lines, as the backtest prints it under its table.</summary>
    public IEnumerable<string> Lines()
    {
        var cost = double.IsNaN(Product.CostRatio) ? $"its cost {NoRatio}" : $"at {Printed(Product.CostRatio)}× perfect foresight";
        yield return string.Create(Invariant,
            $"Verdict for {Product.Policy}: spill {Printed(Product.SpilloverPercent)} % — {(WithinBudget ? "within" : "over")} the {BudgetPercent:0.###} % budget — {cost}.");
        foreach (var (option, comparison) in Reactive)
        {
            var optionCost = double.IsNaN(option.CostRatio) ? "" : $" at {Printed(option.CostRatio)}×";
            yield return $"  against {option.Policy} alone ({Printed(option.SpilloverPercent)} %{optionCost}): {Describe(comparison)}.";
        }
    }

    private const string NoRatio = "cannot be compared: perfect foresight costs nothing over the days played";

    // The table and the lines print to 0.001; comparing the printed figures themselves keeps every verdict consistent with
    // what is shown. Math.Round(x, 3) is not enough, whatever its midpoint rule: 0.0625 rounds to even (0.062) but prints
    // 0.063, and 0.5005, held in binary as a hair under, rounds down to 0.5 but prints 0.501.
    private static string Printed(double value) => value.ToString("0.000", Invariant);

    private static double AsPrinted(double value) => double.Parse(Printed(value), Invariant);

    private static string Describe(Comparison comparison) => comparison switch
    {
        Comparison.Undetermined => NoRatio,
        Comparison.Better => "no more spill and no more cost, less of one: better",
        Comparison.Equal => "the same spill and cost",
        Comparison.LessSpillForMoreCost => "less spill for more cost: a trade-off",
        Comparison.LessCostForMoreSpill => "less cost for more spill: a trade-off",
        _ => "no less spill and no less cost: worse",
    };
}
