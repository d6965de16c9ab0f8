namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>The policies a backtest scores, in the order it reports them.</summary>
public static class PolicyNames
{
    /// <summary>Provisioned concurrency fixed at 10, the common tutorial value.</summary>
    public const string Static10 = "static 10";

    /// <summary>Provisioned concurrency fixed at the highest concurrency seen so far (at most the target's max), re-read at each replanning.</summary>
    public const string StaticPeak = "static at peak";

    /// <summary>Target tracking alone on the Average statistic, between the scalable target's min and max.</summary>
    public const string TargetTrackingAverage = "TT Average";

    /// <summary>Target tracking alone on the Maximum statistic.</summary>
    public const string TargetTrackingMaximum = "TT Maximum";

    /// <summary>The planner's schedule alone: scheduled actions, no target tracking.</summary>
    public const string Predictive = "predictive";

    /// <summary>The planner's schedule with target tracking on top: the product's default.</summary>
    public const string PredictiveWithTracking = "predictive + TT";

    /// <summary>
    /// The product with <c>plan --apply-recommendations</c> in its nightly job: each night the tracking the replay
    /// recommends is written and the plan made for it. Played only when the backtest is asked to.
    /// </summary>
    public const string PredictiveWithRecommendations = "predictive + TT + recs";

    /// <summary>Exactly the concurrency of each minute (at most the target's max), known in advance, no headroom, no allocation delay: the cost lower bound.</summary>
    public const string PerfectForesight = "perfect foresight";

    /// <summary>The policies every backtest plays, in order; <see cref="PredictiveWithRecommendations"/> follows <see cref="PredictiveWithTracking"/> when played.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Static10, StaticPeak, TargetTrackingAverage, TargetTrackingMaximum, Predictive, PredictiveWithTracking, PerfectForesight];
}
