using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Tests.Costs;

public class CostModelTests
{
    // AWS's worked example for provisioned concurrency in US East (N. Virginia), https://aws.amazon.com/lambda/pricing/:
    // 1024 MB, 1,000 provisioned concurrency for two hours, 1.2M invocations of 1 s each, all served by provisioned concurrency.
    // Provisioned: 1,000 × 1 GB × 7,200 s = 7.2M GB-s × $0.0000041667 = $30.00; duration: 1.2M GB-s × $0.0000097222 = $11.67;
    // requests: 1.2M × $0.20/M = $0.24; total $41.91.
    [Fact]
    public void AwsPublishedProvisionedExample_IsReproducedToTheCent()
    {
        var prices = PriceCatalog.For("us-east-1", "x86_64");
        var usage = new Usage(
            ProvisionedGbSeconds: 1000 * Usage.GbSeconds(1024, 2 * 3600),
            ProvisionedDurationGbSeconds: 1_200_000 * Usage.GbSeconds(1024, 1),
            OnDemandDurationGbSeconds: 0,
            Requests: 1_200_000);

        var bill = CostModel.Price(usage, prices);

        Assert.Equal(30.00, Math.Round(bill.Provisioned, 2));
        Assert.Equal(11.67, Math.Round(bill.DurationOnProvisioned, 2));
        Assert.Equal(0.24, Math.Round(bill.Requests, 2));
        Assert.Equal(0, bill.OnDemandDuration);
        Assert.Equal(41.91, Math.Round(bill.Total, 2));
    }

    // On demand: 3M requests of 120 ms at 1536 MB = 540,000 GB-s × $0.0000166667 = $9.00; requests 3M × $0.20/M = $0.60.
    [Fact]
    public void OnDemandDuration_IsPricedAtTheFirstTierRate()
    {
        var prices = PriceCatalog.For("us-east-1", "x86_64");
        var usage = new Usage(0, 0, 3_000_000 * Usage.GbSeconds(1536, 0.120), 3_000_000);

        var bill = CostModel.Price(usage, prices);

        Assert.Equal(9.00, Math.Round(bill.OnDemandDuration, 2));
        Assert.Equal(0.60, Math.Round(bill.Requests, 2));
    }

    [Fact]
    public void Arm64_ProvisionedHourAt2Gb_CostsThePublishedArmRate()
    {
        var prices = PriceCatalog.For("us-east-1", "arm64");
        var bill = CostModel.Price(new Usage(Usage.GbSeconds(2048, 3600), 0, 0, 0), prices);

        // 2 GB × 3,600 s × $0.0000033334 = $0.02400048
        Assert.Equal(0.02400048, bill.Provisioned, 10);
    }

    [Fact]
    public void Usages_AddUpItemByItem()
    {
        var sum = new Usage(1, 2, 3, 4) + new Usage(10, 20, 30, 40);
        Assert.Equal(new Usage(11, 22, 33, 44), sum);
    }
}
