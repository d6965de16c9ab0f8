namespace AiLambdaInfra.Scaling.Costs;

/// <summary>
/// Prices a <see cref="Usage"/> at a region's <see cref="LambdaPrices"/>: each billed quantity times its rate,
/// as AWS describes on https://aws.amazon.com/lambda/pricing/ (checked 2026-11-28).
/// </summary>
/// <remarks>
/// Simplifications, all small for a single function: provisioned concurrency is billed for exactly the seconds it is
/// configured (AWS rounds each configured period up to 5 minutes); duration is the mean duration per invocation (AWS
/// rounds each invocation up to 1 ms); on-demand duration is priced at its first monthly tier; the free tier is not
/// applied (AWS does not apply it to functions with provisioned concurrency enabled).
/// </remarks>
public static class CostModel
{
    /// <summary>The bill for <paramref name="usage"/> at <paramref name="prices"/>.</summary>
    public static CostBreakdown Price(Usage usage, LambdaPrices prices) => new(
        Provisioned: usage.ProvisionedGbSeconds * prices.ProvisionedPerGbSecond,
        DurationOnProvisioned: usage.ProvisionedDurationGbSeconds * prices.ProvisionedDurationPerGbSecond,
        OnDemandDuration: usage.OnDemandDurationGbSeconds * prices.OnDemandDurationPerGbSecond,
        Requests: usage.Requests * prices.PerRequest);
}
