using AiLambdaInfra.Scaling.Deployment;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class MetricDimensionsTests
{
    [Fact]
    public void FunctionNameDimension_IsTheFunctionName() =>
        Assert.Equal("fn-1", MetricDimensions.Value("FunctionName", "fn-1", "live"));

    [Fact]
    public void ResourceDimension_IsTheFunctionNameAndAlias() =>
        Assert.Equal("fn-1:live", MetricDimensions.Value("Resource", "fn-1", "live"));

    [Fact]
    public void UnknownDimension_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => MetricDimensions.Value("Version", "fn-1", "live"));
}
