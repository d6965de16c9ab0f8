namespace AiLambdaInfra.Scaling.History;

/// <summary>How to read one history file.</summary>
public sealed record HistoryReadOptions
{
    /// <summary>Layout of the file. Defaults to none: guessed from the first non-blank character (<c>{</c> or <c>[</c> means JSON).</summary>
    public HistoryFormat? Format { get; init; }

    /// <summary>What the values measure. Defaults to <see cref="HistoryMetric.Concurrency"/>.</summary>
    public HistoryMetric Metric { get; init; } = HistoryMetric.Concurrency;

    /// <summary>Mean duration of one invocation in milliseconds; required with <see cref="HistoryMetric.Invocations"/>.</summary>
    public double? MeanDurationMs { get; init; }
}
