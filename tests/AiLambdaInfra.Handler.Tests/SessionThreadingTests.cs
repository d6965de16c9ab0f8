using AiLambdaInfra.Handler.Model;

namespace AiLambdaInfra.Handler.Tests;

public sealed class SessionThreadingTests
{
    [Theory]
    [InlineData("128", 2, 1)]
    [InlineData("2048", 2, 1)]
    [InlineData("3538", 2, 2)]
    [InlineData("10240", 6, 5)]
    [InlineData("10240", 2, 2)]
    public void OnLambda_ThreadsFollowTheVcpuShareTheMemoryBuys(string memoryMb, int cores, int expected)
    {
        Assert.Equal(expected, SessionThreading.IntraOpThreads(memoryMb, cores));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("0")]
    public void OutsideLambda_EveryCoreIsUsed(string? memoryMb)
    {
        Assert.Equal(4, SessionThreading.IntraOpThreads(memoryMb, 4));
    }
}
