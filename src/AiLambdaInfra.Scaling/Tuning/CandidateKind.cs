namespace AiLambdaInfra.Scaling.Tuning;

/// <summary>How a candidate provisions concurrency over the replayed days.</summary>
public enum CandidateKind
{
    /// <summary>No planned actions: target tracking alone between the stack's min and max.</summary>
    TrackingOnly,

    /// <summary>Planned actions set min = the planned level; target tracking scales above it and back down to it.</summary>
    Floor,

    /// <summary>Planned actions set min = max = the planned level: the schedule alone, tracking cannot move.</summary>
    Hold,

    /// <summary>No provisioned concurrency at all: every invocation runs on demand.</summary>
    NoProvisioned,
}
