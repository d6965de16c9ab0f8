namespace AiLambdaInfra.Scaling.Costs;

/// <summary>A Lambda bill in USD, split the way AWS itemises it for a function with provisioned concurrency.</summary>
/// <param name="Provisioned">Provisioned concurrency kept ready.</param>
/// <param name="DurationOnProvisioned">Duration of invocations served by provisioned concurrency.</param>
/// <param name="OnDemandDuration">Duration of invocations served on demand (spillover).</param>
/// <param name="Requests">Requests, however they were served.</param>
public sealed record CostBreakdown(double Provisioned, double DurationOnProvisioned, double OnDemandDuration, double Requests)
{
    /// <summary>The whole bill.</summary>
    public double Total => Provisioned + DurationOnProvisioned + OnDemandDuration + Requests;
}
