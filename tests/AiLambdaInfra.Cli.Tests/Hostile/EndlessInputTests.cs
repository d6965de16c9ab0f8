namespace AiLambdaInfra.Cli.Tests.Hostile;

/// <summary>A device, pipe or FIFO reports no length; reading still stops at the limit instead of running out of memory.</summary>
public class EndlessInputTests
{
    [Fact]
    public void EndlessDeviceAsStackFile_IsRefusedAtTheLimit()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("validate", "/dev/zero"));

        Assert.Equal("/dev/zero: cannot be read: it holds more than the 1024 KB a stack file may (one with 200 scheduled actions holds about 40 KB).\n", cli.Error);
    }

    [Fact]
    public void EndlessDeviceAsHistory_IsRefusedAtTheLimit()
    {
        using var cli = Plan.PlanningFixture.Create();

        Assert.Equal(2, cli.Run("forecast", "--history", "/dev/zero", "--format", "csv"));

        Assert.Equal("/dev/zero: cannot read the history file: it holds 64 MB, more than the 64 MB a history may (455 days of 1-minute samples, the most CloudWatch keeps, are about 30 MB). Query a shorter range.\n", cli.Error);
    }
}
