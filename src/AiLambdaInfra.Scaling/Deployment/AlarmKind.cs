namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>The alarms the stack can create, each tunable or off under <c>alarms.&lt;kind&gt;</c>.</summary>
public enum AlarmKind
{
    Spillover,
    Throttles,
    ErrorRate,
    Duration,
    Utilization,
    RejectedPayloads,
}
