namespace AiLambdaInfra.Scaling.Costs;

/// <summary>
/// What a Lambda function consumed over some period, in the units AWS bills: GB-seconds and requests.
/// A GB-second is one second of one execution environment of 1 GB (memory in MB ÷ 1024).
/// </summary>
/// <param name="ProvisionedGbSeconds">Provisioned concurrency configured × memory in GB × seconds it was configured.</param>
/// <param name="ProvisionedDurationGbSeconds">Duration of invocations served by provisioned concurrency × memory in GB.</param>
/// <param name="OnDemandDurationGbSeconds">Duration of invocations served on demand × memory in GB.</param>
/// <param name="Requests">Invocations, provisioned and on demand together.</param>
public sealed record Usage(
    double ProvisionedGbSeconds,
    double ProvisionedDurationGbSeconds,
    double OnDemandDurationGbSeconds,
    double Requests)
{
    /// <summary>No consumption at all.</summary>
    public static Usage None { get; } = new(0, 0, 0, 0);

    /// <summary>GB-seconds of <paramref name="seconds"/> seconds of one environment of <paramref name="memoryMb"/> MB.</summary>
    public static double GbSeconds(int memoryMb, double seconds) => memoryMb / 1024d * seconds;

    /// <summary>The sum of two usages, e.g. of two periods.</summary>
    public static Usage operator +(Usage a, Usage b) => new(
        a.ProvisionedGbSeconds + b.ProvisionedGbSeconds,
        a.ProvisionedDurationGbSeconds + b.ProvisionedDurationGbSeconds,
        a.OnDemandDurationGbSeconds + b.OnDemandDurationGbSeconds,
        a.Requests + b.Requests);
}
