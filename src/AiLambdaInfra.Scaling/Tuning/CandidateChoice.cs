using System.Globalization;

namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>
/// The rule that picks the plan's candidate from the replay's scores, in one place:
/// <list type="number">
/// <item>Only the frontier counts: candidates no other candidate beats on both spill and cost. Of those, the ones no
/// AWS-only option beats on both axes (if every one is beaten, the whole frontier, and the caller says so).</item>
/// <item>The fallback point: among them that cost no more than the dearest AWS-only option with provisioned concurrency
/// (target tracking on Average or on Maximum), the cheapest whose spill is within <see cref="SpillResolution"/> of the
/// fewest spilled invocations there; the cheapest of them all when none costs so little.</item>
/// <item>Chosen: the cheapest of them whose spill is within the budget or within the fallback point's spill, whichever
/// is larger. So when the budget can be met by more than the replay resolves, the cheapest point that meets it is
/// chosen; when it cannot be met without paying more than AWS's dearest reactive option, the fewest cold starts that
/// cost no more than it, as far as the replay resolves them. In between — the budget met only by points within the
/// resolution of the fewest — the point chosen may spill up to <see cref="SpillResolution"/> more than that fewest, and
/// so over the budget by less than the replay can tell; the rule's sentence says so.</item>
/// </list>
/// A larger budget never costs more (the spill allowed only grows), the chosen point is always on the frontier, and its
/// spill is within the budget or within <see cref="SpillResolution"/> of the fewest spill at no more than the reactive cost.
/// </summary>
public static class CandidateChoice
{
    /// <summary>
    /// Spill differences smaller than this share (relative) are within what a week's replay resolves: one burst day in
    /// the replayed week moves every candidate's spill by more, and the next day is not that week. Where the rule looks
    /// for the fewest cold starts it takes the cheapest of the candidates this close to the fewest, rather than pay for
    /// a difference the replay cannot vouch for; recommendations (<see cref="Recommendation"/>) must beat it too.
    /// </summary>
    public const double SpillResolution = 0.05;

    /// <summary>The chosen score and the sentence that says which rule chose it.</summary>
    public static (CandidateScore Chosen, string Rule) Choose(IReadOnlyList<CandidateScore> candidates, IReadOnlyList<CandidateScore> awsOnly, double budgetPercent)
    {
        if (candidates.Count == 0) throw new ArgumentException("There is no candidate to choose from.", nameof(candidates));
        var frontier = Frontier(candidates);
        var unbeaten = frontier.Where(c => !awsOnly.Any(r => r.Dominates(c))).ToList();
        var beaten = unbeaten.Count == 0;
        var eligible = beaten ? frontier : unbeaten;
        var reactive = awsOnly.Where(r => r.Candidate.Kind == CandidateKind.TrackingOnly).ToList();
        var cap = reactive.Count == 0 ? double.PositiveInfinity : reactive.Max(r => r.CostRatio);
        var affordable = eligible.Where(c => c.CostRatio <= cap).ToList();
        var fewest = affordable.Count == 0 ? double.NaN : affordable.Min(c => c.SpillPercent);
        var fallback = affordable.Where(c => c.SpillPercent <= fewest * (1 + SpillResolution)).OrderBy(c => c.CostRatio).ThenBy(c => c.SpillPercent).FirstOrDefault()
            ?? eligible.OrderBy(c => c.CostRatio).ThenBy(c => c.SpillPercent).First();
        var allowed = Math.Max(budgetPercent, fallback.SpillPercent);
        var chosen = eligible.Where(c => c.SpillPercent <= allowed).OrderBy(c => c.CostRatio).ThenBy(c => c.SpillPercent).First();

        var dearest = reactive.OrderByDescending(r => r.CostRatio).FirstOrDefault();
        var atCost = dearest is null ? "" : $" for at most the cost of {dearest.Candidate.Name} alone ({cap:0.00}× perfect foresight)";
        string rule;
        if (chosen.SpillPercent <= budgetPercent)
            rule = $"the cheapest candidate whose spill is within the {Percent(budgetPercent)} % budget.";
        else if (affordable.Count > 0 && fewest <= budgetPercent)
            rule = $"the {Percent(budgetPercent)} % budget is met{atCost} only within the replay's resolution ({SpillResolution:0%}) of the fewest spill there, "
                   + $"{Percent(fewest)} %; chosen: the cheapest within it, over the budget by less than the replay can tell.";
        else if (affordable.Count > 0)
            rule = $"no candidate meets the {Percent(budgetPercent)} % budget{atCost}; chosen: the lowest spill{(dearest is null ? "" : " at no more than that cost")} (the cheapest within {SpillResolution:0%} of it).";
        else
            rule = $"every candidate costs more than {dearest?.Candidate.Name ?? "tracking"} alone ({cap:0.00}× perfect foresight), and the cheapest of them is over the {Percent(budgetPercent)} % budget; chosen: the cheapest on the frontier.";
        if (beaten)
            rule += " Every candidate the planner can write is beaten on both spill and cost by an AWS-only option; see the recommendations.";
        return (chosen, rule);
    }

    /// <summary>The scores no other score beats on both spill and cost, cheapest first (equal points kept once, first listed).</summary>
    public static IReadOnlyList<CandidateScore> Frontier(IReadOnlyList<CandidateScore> scores)
    {
        var frontier = new List<CandidateScore>();
        foreach (var s in scores.OrderBy(s => s.CostRatio).ThenBy(s => s.SpillPercent))
        {
            if (scores.Any(o => o.Dominates(s))) continue;
            if (frontier.Any(f => f.CostRatio == s.CostRatio && f.SpillPercent == s.SpillPercent)) continue;
            frontier.Add(s);
        }
        return frontier;
    }

    private static string Percent(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
