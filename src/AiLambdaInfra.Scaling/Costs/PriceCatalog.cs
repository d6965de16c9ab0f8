namespace AiLambdaInfra.Scaling.Costs;

/// <summary>
/// AWS Lambda list prices (USD) per region and architecture, for the four items of a provisioned-concurrency bill.
/// Update the table below when AWS changes its prices; every figure names its source and the date it was checked.
/// </summary>
/// <remarks>
/// Sources, checked 2026-11-28:
/// <list type="bullet">
/// <item><see cref="PricingPage"/>: the published rates of US East (N. Virginia), which US East (Ohio) and
/// US West (Oregon) share: x86_64 provisioned concurrency $0.0000041667/GB-s, duration on provisioned $0.0000097222/GB-s,
/// on-demand duration $0.0000166667/GB-s; arm64 $0.0000033334, $0.0000077778 and $0.0000133334; requests $0.20 per million.</item>
/// <item><see cref="CalculatorPriceMap"/>: the per-region rates behind the AWS Pricing Calculator (usage types
/// <c>Lambda Provisioned-Concurrency</c>, <c>Lambda Duration-Provisioned</c>, <c>Lambda Duration</c>,
/// <c>Lambda Duration-ARM</c>, <c>Lambda Requests</c>) for the other regions.</item>
/// </list>
/// For arm64 outside the three US regions above, the provisioned rates are derived, not read: they are the x86_64 rates
/// × <see cref="ArmProvisionedRatio"/>, the ratio AWS applies in every region whose arm64 provisioned rates were read.
/// Such entries say so in <see cref="LambdaPrices.Note"/>.
/// </remarks>
public static class PriceCatalog
{
    public const string PricingPage = "https://aws.amazon.com/lambda/pricing/";
    public const string CalculatorPriceMap = "https://calculator.aws/pricing/2.0/meteredUnitMaps/lambda/USD/current/lambda.json";
    public const string CheckedOn = "2026-11-28";

    /// <summary>The region prices are quoted for when nothing names one (a stack file without <c>aws:region</c>, a backtest without <c>--region</c>).</summary>
    public const string DefaultRegion = "us-east-1";

    /// <summary>arm64 provisioned rates ÷ x86_64 provisioned rates in US East (N. Virginia): 0.0000033334 ÷ 0.0000041667 and 0.0000077778 ÷ 0.0000097222.</summary>
    public const double ArmProvisionedRatio = 0.8;

    /// <summary>What the on-demand duration rate leaves out.</summary>
    public const string TieringNote =
        "On-demand duration is priced at its first monthly tier (x86_64: first 6 billion GB-s; arm64: first 7.5 billion GB-s, " +
        "aggregated per account, region and architecture); AWS charges less beyond those volumes. Free tier not applied.";

    private const double RequestsPerMillion = 0.20;
    private const double OnDemandX86 = 0.0000166667, OnDemandArm = 0.0000133334;

    private sealed record RegionRates(double ProvisionedX86, double ProvisionedDurationX86, double? ProvisionedArm, double? ProvisionedDurationArm, string Source);

    // Provisioned concurrency and duration on provisioned, per GB-second. Every listed region charges the same on-demand
    // duration and request rates (checked in the same sources).
    private static readonly SortedDictionary<string, RegionRates> Regions = new(StringComparer.Ordinal)
    {
        ["us-east-1"] = new(0.0000041667, 0.0000097222, 0.0000033334, 0.0000077778, PricingPage),
        ["us-east-2"] = new(0.0000041667, 0.0000097222, 0.0000033334, 0.0000077778, PricingPage),
        ["us-west-2"] = new(0.0000041667, 0.0000097222, 0.0000033334, 0.0000077778, PricingPage),
        ["us-west-1"] = new(0.0000049041, 0.0000114430, null, null, CalculatorPriceMap),
        ["eu-west-1"] = new(0.0000046460, 0.0000108407, null, null, CalculatorPriceMap),
        ["eu-central-1"] = new(0.0000050147, 0.0000117011, null, null, CalculatorPriceMap),
        ["ap-northeast-1"] = new(0.0000053835, 0.0000125615, null, null, CalculatorPriceMap),
        ["ap-southeast-1"] = new(0.0000051991, 0.0000121313, null, null, CalculatorPriceMap),
        ["ap-southeast-2"] = new(0.0000052360, 0.0000122173, null, null, CalculatorPriceMap),
    };

    /// <summary>The regions this catalog knows, in ordinal order.</summary>
    public static IReadOnlyList<string> KnownRegions { get; } = [.. Regions.Keys];

    /// <summary>The architectures this catalog knows.</summary>
    public static IReadOnlyList<string> KnownArchitectures { get; } = ["arm64", "x86_64"];

    /// <summary>The prices of <paramref name="region"/> for <paramref name="architecture"/>.</summary>
    /// <exception cref="UnknownPriceException">The region or the architecture is not in the catalog; the message lists the known ones.</exception>
    public static LambdaPrices For(string region, string architecture)
    {
        var errors = new List<string>();
        if (!Regions.TryGetValue(region, out var rates))
            errors.Add($"No Lambda prices are known for region '{region}'. Known regions: {string.Join(", ", KnownRegions)}.");
        if (!KnownArchitectures.Contains(architecture, StringComparer.Ordinal))
            errors.Add($"No Lambda prices are known for architecture '{architecture}'. Known architectures: {string.Join(", ", KnownArchitectures)}.");
        if (errors.Count > 0)
            throw new UnknownPriceException(string.Join(Environment.NewLine, errors));

        if (architecture == "x86_64")
            return new(region, architecture, rates!.ProvisionedX86, rates.ProvisionedDurationX86, OnDemandX86, RequestsPerMillion, rates.Source, CheckedOn);

        var derived = rates!.ProvisionedArm is null;
        return new(
            region,
            architecture,
            rates.ProvisionedArm ?? Math.Round(rates.ProvisionedX86 * ArmProvisionedRatio, 10),
            rates.ProvisionedDurationArm ?? Math.Round(rates.ProvisionedDurationX86 * ArmProvisionedRatio, 10),
            OnDemandArm,
            RequestsPerMillion,
            rates.Source,
            CheckedOn,
            derived ? $"arm64 provisioned rates derived as x86_64 × {ArmProvisionedRatio} (the ratio AWS publishes for US East)." : "");
    }
}
