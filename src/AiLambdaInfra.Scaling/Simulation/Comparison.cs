namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>How one policy compares with another on spill and cost together.</summary>
public enum Comparison
{
    /// <summary>No more spill and no more cost, and less of one.</summary>
    Better,

    /// <summary>The same spill and the same cost.</summary>
    Equal,

    /// <summary>Less spill for more cost.</summary>
    LessSpillForMoreCost,

    /// <summary>Less cost for more spill.</summary>
    LessCostForMoreSpill,

    /// <summary>No less spill and no less cost, and more of one.</summary>
    Worse,

    /// <summary>
    /// No comparison: a spill or cost figure has no value, as a cost ratio has none when perfect foresight costs nothing
    /// (no demand over the days played).
    /// </summary>
    Undetermined,
}
