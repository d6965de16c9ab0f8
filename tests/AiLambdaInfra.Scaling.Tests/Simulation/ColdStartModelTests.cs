using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class ColdStartModelTests
{
    [Fact]
    public void EnvironmentsUsedWithinTheKeepAlive_AreReused_OthersStartCold()
    {
        // Minute 1 needs 3 (3 new); minute 4 reuses them (warm until minute 6); minute 11 is 7 minutes after the last use.
        double[] onDemand = [0, 3, 0, 0, 2, 0, 0, 0, 0, 0, 0, 4];

        var fresh = ColdStartModel.NewEnvironments(onDemand, keepAliveMinutes: 5);

        Assert.Equal([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4], fresh);
    }

    [Fact]
    public void GrowingOnDemandConcurrency_StartsOnlyTheIncrease()
    {
        double[] onDemand = [1.5, 2.2, 5, 5, double.NaN, 5.5];

        var fresh = ColdStartModel.NewEnvironments(onDemand, keepAliveMinutes: 5);

        Assert.Equal([2, 1, 2, 0, 0, 1], fresh);
    }
}
