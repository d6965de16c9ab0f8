namespace AiLambdaInfra.Scaling.Costs;

/// <summary>
/// The AWS Lambda list prices (USD) of one region and architecture that a provisioned-concurrency bill is made of.
/// See <see cref="PriceCatalog"/> for the figures and their sources.
/// </summary>
/// <param name="Region">AWS region code, e.g. <c>us-east-1</c>.</param>
/// <param name="Architecture"><c>arm64</c> or <c>x86_64</c>.</param>
/// <param name="ProvisionedPerGbSecond">Provisioned concurrency kept ready, per GB-second configured, used or not.</param>
/// <param name="ProvisionedDurationPerGbSecond">Duration of invocations served by provisioned concurrency, per GB-second.</param>
/// <param name="OnDemandDurationPerGbSecond">
/// Duration of invocations served on demand (spillover), per GB-second, at the first monthly tier. AWS lowers this rate
/// for an account's aggregate on-demand duration beyond billions of GB-seconds a month (see <see cref="PriceCatalog.TieringNote"/>);
/// a single function's backtest stays far below the first threshold, so the first tier is used throughout.
/// </param>
/// <param name="RequestsPerMillion">Requests, per million invocations, whichever way they are served.</param>
/// <param name="Source">Where the figures were read.</param>
/// <param name="Checked">When the figures were last checked (ISO date).</param>
/// <param name="Note">How the figures were obtained when they are not read off the source directly; empty otherwise.</param>
public sealed record LambdaPrices(
    string Region,
    string Architecture,
    double ProvisionedPerGbSecond,
    double ProvisionedDurationPerGbSecond,
    double OnDemandDurationPerGbSecond,
    double RequestsPerMillion,
    string Source,
    string Checked,
    string Note = "")
{
    /// <summary>Price of one request.</summary>
    public double PerRequest => RequestsPerMillion / 1_000_000d;
}
