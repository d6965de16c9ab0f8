namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>A recommendation tried: the stack keys it changes, what was measured for it, and the plan made under it.</summary>
/// <param name="Changes">The tracking keys and values it writes (<see cref="Recommendation.Changes"/>; <see cref="KeyName"/> says where).</param>
/// <param name="Before">The point chosen under the stack's tracking as it is.</param>
/// <param name="Recommended">The point the replay measured for the recommendation.</param>
/// <param name="After">The point chosen when planned again under the recommended tracking.</param>
/// <param name="Taken">Whether tonight's rule takes <paramref name="After"/> (<see cref="Recommendation.Takes"/>), so the recommendation is applied.</param>
public sealed record RecommendationTrial(IReadOnlyList<KeyValuePair<string, string>> Changes, CandidateScore Before, CandidateScore Recommended, CandidateScore After, bool Taken)
{
    /// <summary>Whether the stack sets <c>scaling.statistic</c> itself (<see cref="Settings.ScalingSettings.StatisticPinned"/>), which decides where a statistic is written. Defaults to false.</summary>
    public bool StatisticPinned { get; init; }

    /// <summary>
    /// Whether it changes only the statistic of a stack that leaves it to the planner (as <see cref="Recommendation.PlannersOwn"/>):
    /// the planner's own key, <c>plannedStatistic</c>, not the stack owner's.
    /// </summary>
    public bool PlannersOwn => !StatisticPinned && Changes is [{ Key: "statistic" }];

    /// <summary>The stack key each change is written under (<see cref="Recommendation.KeyName"/>).</summary>
    public string KeyName(string key) => Recommendation.KeyName(key, StatisticPinned);
}
