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
    public bool WithinBudget => Math.Round(Product.SpilloverPercent, 3) <= BudgetPercent;

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
        // Compared as printed (spill to 0.001 %, cost to 0.001×), so a verdict never rests on a difference nobody can see.
        var spill = Math.Sign(Math.Round(policy.SpilloverPercent, 3) - Math.Round(other.SpilloverPercent, 3));
        var cost = Math.Sign(Math.Round(policy.CostRatio, 3) - Math.Round(other.CostRatio, 3));
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
        yield return string.Create(Invariant,
            $"Verdict for {Product.Policy}: spill {Product.SpilloverPercent:0.000} % — {(WithinBudget ? "within" : "over")} the {BudgetPercent:0.###} % budget — at {Product.CostRatio:0.000}× perfect foresight.");
        foreach (var (option, comparison) in Reactive)
            yield return string.Create(Invariant,
                $"  against {option.Policy} alone ({option.SpilloverPercent:0.000} % at {option.CostRatio:0.000}×): {Describe(comparison)}.");
    }

    private static string Describe(Comparison comparison) => comparison switch
    {
        Comparison.Better => "no more spill and no more cost, less of one: better",
        Comparison.Equal => "the same spill and cost",
        Comparison.LessSpillForMoreCost => "less spill for more cost: a trade-off",
        Comparison.LessCostForMoreSpill => "less cost for more spill: a trade-off",
        _ => "no less spill and no less cost: worse",
    };
}
