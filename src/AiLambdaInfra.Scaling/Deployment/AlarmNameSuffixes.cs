namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>The short, kebab-case name of each alarm kind, used in logical and physical alarm names.</summary>
public static class AlarmNameSuffixes
{
    public static string For(AlarmKind kind) => kind switch
    {
        AlarmKind.Spillover => "spillover",
        AlarmKind.Throttles => "throttles",
        AlarmKind.ErrorRate => "error-rate",
        AlarmKind.Duration => "duration-p99",
        AlarmKind.Utilization => "utilization",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alarm kind."),
    };
}
