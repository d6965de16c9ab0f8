using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Tests.Costs;

public class PriceCatalogTests
{
    [Fact]
    public void UsEast1_X86_HasThePublishedRates()
    {
        var prices = PriceCatalog.For("us-east-1", "x86_64");

        Assert.Equal(0.0000041667, prices.ProvisionedPerGbSecond);
        Assert.Equal(0.0000097222, prices.ProvisionedDurationPerGbSecond);
        Assert.Equal(0.0000166667, prices.OnDemandDurationPerGbSecond);
        Assert.Equal(0.20, prices.RequestsPerMillion);
        Assert.Equal(PriceCatalog.PricingPage, prices.Source);
        Assert.Equal("", prices.Note);
    }

    [Fact]
    public void UsEast1_Arm64_HasThePublishedRates()
    {
        var prices = PriceCatalog.For("us-east-1", "arm64");

        Assert.Equal(0.0000033334, prices.ProvisionedPerGbSecond);
        Assert.Equal(0.0000077778, prices.ProvisionedDurationPerGbSecond);
        Assert.Equal(0.0000133334, prices.OnDemandDurationPerGbSecond);
        Assert.Equal(0.20, prices.RequestsPerMillion);
    }

    [Fact]
    public void Arm64OutsideUsEast_IsDerivedAndSaysSo()
    {
        var prices = PriceCatalog.For("eu-west-1", "arm64");

        Assert.Equal(0.0000037168, prices.ProvisionedPerGbSecond);
        Assert.Equal(0.0000086726, prices.ProvisionedDurationPerGbSecond);
        Assert.Contains("derived", prices.Note);
    }

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("us-east-2")]
    [InlineData("us-west-2")]
    [InlineData("eu-west-1")]
    [InlineData("eu-central-1")]
    [InlineData("ap-northeast-1")]
    public void EveryKnownRegion_ProvisionedIsCheaperThanOnDemand_AndArmCheaperThanX86(string region)
    {
        var x86 = PriceCatalog.For(region, "x86_64");
        var arm = PriceCatalog.For(region, "arm64");

        Assert.True(x86.ProvisionedDurationPerGbSecond < x86.OnDemandDurationPerGbSecond);
        Assert.True(arm.ProvisionedPerGbSecond < x86.ProvisionedPerGbSecond);
        Assert.True(arm.OnDemandDurationPerGbSecond < x86.OnDemandDurationPerGbSecond);
    }

    [Fact]
    public void UnknownRegion_IsRejectedListingTheKnownOnes()
    {
        var error = Assert.Throws<UnknownPriceException>(() => PriceCatalog.For("mars-north-1", "arm64"));

        Assert.Equal(
            "No Lambda prices are known for region 'mars-north-1'. Known regions: ap-northeast-1, ap-southeast-1, ap-southeast-2, " +
            "eu-central-1, eu-west-1, us-east-1, us-east-2, us-west-1, us-west-2.",
            error.Message);
    }

    [Fact]
    public void UnknownArchitecture_IsRejectedListingTheKnownOnes()
    {
        var error = Assert.Throws<UnknownPriceException>(() => PriceCatalog.For("us-east-1", "riscv"));

        Assert.Equal("No Lambda prices are known for architecture 'riscv'. Known architectures: arm64, x86_64.", error.Message);
    }
}
