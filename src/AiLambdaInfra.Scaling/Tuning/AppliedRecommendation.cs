namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>A recommendation taken: the stack keys it changes, and the plan the rule chose before and after.</summary>
/// <param name="Changes">The <c>scaling</c> keys and values written (<see cref="Recommendation.Changes"/>).</param>
/// <param name="Before">The point chosen under the stack's tracking as it was.</param>
/// <param name="After">The point chosen when planned again under the recommended tracking.</param>
public sealed record AppliedRecommendation(IReadOnlyList<KeyValuePair<string, string>> Changes, CandidateScore Before, CandidateScore After);
