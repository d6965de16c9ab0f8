namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>What the values of a trace count.</summary>
public enum DemandKind
{
    /// <summary>Requests (invocations) in the minute.</summary>
    Requests,

    /// <summary>Mean concurrent executions over the minute (CloudWatch <c>ConcurrentExecutions</c>).</summary>
    Concurrency,
}
