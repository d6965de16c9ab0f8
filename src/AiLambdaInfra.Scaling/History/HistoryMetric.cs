namespace AiLambdaInfra.Scaling.History;

/// <summary>What the values of a history file measure.</summary>
public enum HistoryMetric
{
    /// <summary><c>ConcurrentExecutions</c>, statistic <c>Maximum</c>, per 1 or 5 minutes: used as it is.</summary>
    Concurrency,

    /// <summary>
    /// <c>Invocations</c>, statistic <c>Sum</c>: the count per sample period. Turned into concurrency by Little's law,
    /// concurrency = invocations ÷ period seconds × mean duration seconds.
    /// </summary>
    Invocations,
}
