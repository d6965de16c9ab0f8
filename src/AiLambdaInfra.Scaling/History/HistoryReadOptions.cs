using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>How to read one history file.</summary>
public sealed record HistoryReadOptions
{
    /// <summary>Layout of the file. Defaults to none: guessed from the first non-blank character (<c>{</c> or <c>[</c> means JSON).</summary>
    public HistoryFormat? Format { get; init; }

    /// <summary>What the values measure. Defaults to <see cref="HistoryMetric.Concurrency"/>.</summary>
    public HistoryMetric Metric { get; init; } = HistoryMetric.Concurrency;

    /// <summary>Mean duration of one invocation in milliseconds; required with <see cref="HistoryMetric.Invocations"/>. Defaults to none.</summary>
    public double? MeanDurationMs { get; init; }

    /// <summary>
    /// The real current time, so that history dated after it is refused (CloudWatch cannot have recorded the future).
    /// Defaults to none: only the absolute window of <see cref="HistoryWindow"/> applies.
    /// </summary>
    public Instant? CurrentTime { get; init; }

    /// <summary>
    /// The instant the plan starts (<c>--now</c>): the history must reach into the days before it. Defaults to none:
    /// the plan starts where the history ends.
    /// </summary>
    public Instant? PlanStart { get; init; }

    /// <summary>
    /// Days before <see cref="PlanStart"/> the planner reads (<c>planner.historyDays</c>): a history ending earlier than
    /// that is refused with a message that says so. Defaults to none: only <see cref="HistoryWindow.MaximumAgeAtPlanStart"/> applies.
    /// </summary>
    public int? HistoryDays { get; init; }
}
