using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class ProvisionedConcurrencyInputsTests
{
    [Fact]
    public void BaselineOfZero_ConfiguresNoProvisionedConcurrency() =>
        Assert.False(ProvisionedConcurrencyInputs.IsConfigured(new ScalingSettings { Autoscaling = false, Baseline = 0 }));

    [Fact]
    public void BaselineOfOne_ConfiguresProvisionedConcurrency() =>
        Assert.True(ProvisionedConcurrencyInputs.IsConfigured(new ScalingSettings { Autoscaling = false, Baseline = 1 }));

    [Fact]
    public void Autoscaling_LeavesTheExecutionsToApplicationAutoScaling() =>
        Assert.Equal(["provisionedConcurrentExecutions"], ProvisionedConcurrencyInputs.IgnoredChanges(new ScalingSettings { Autoscaling = true, Baseline = 1 }));

    [Fact]
    public void FixedBaseline_IgnoresNoChange() =>
        Assert.Empty(ProvisionedConcurrencyInputs.IgnoredChanges(new ScalingSettings { Autoscaling = false, Baseline = 3 }));
}
