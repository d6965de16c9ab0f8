using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class SampleSettingsTests
{
    [Fact]
    public void Fixtures_PassTheValidator()
    {
        Assert.Empty(SettingsValidator.Validate(SampleSettings.Dev()));
        Assert.Empty(SettingsValidator.Validate(SampleSettings.Prod()));
    }
}
