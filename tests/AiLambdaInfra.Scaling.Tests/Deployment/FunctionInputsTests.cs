using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class FunctionInputsTests
{
    [Fact]
    public void FunctionWithAnImageUri_IsAnImagePackage() =>
        Assert.Equal("Image", FunctionInputs.PackageType(new FunctionSettings { ImageUri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ocr:1" }));

    [Fact]
    public void FunctionWithoutAnImageUri_IsAZipPackage() =>
        Assert.Equal("Zip", FunctionInputs.PackageType(new FunctionSettings { CodePath = "handler/publish.zip" }));

    [Fact]
    public void SnapStart_AppliesToPublishedVersions() =>
        Assert.Equal("PublishedVersions", FunctionInputs.SnapStartOnPublishedVersions);

    [Fact]
    public void EnvironmentVariables_AreInOrdinalKeyOrder()
    {
        var function = new FunctionSettings
        {
            Environment = new Dictionary<string, string> { ["model_path"] = "/opt/m", ["LOG_LEVEL"] = "info", ["_TRACE"] = "0", ["A"] = "1" },
        };

        Assert.Equal(["A", "LOG_LEVEL", "_TRACE", "model_path"], FunctionInputs.EnvironmentVariables(function).Select(pair => pair.Key));
        Assert.Equal("/opt/m", FunctionInputs.EnvironmentVariables(function).Single(pair => pair.Key == "model_path").Value);
    }

    [Property]
    public Property EnvironmentVariables_DoNotDependOnInsertionOrder(NonEmptyString[] keys)
    {
        var distinct = keys.Select(key => key.Get).Distinct(StringComparer.Ordinal).ToList();
        var forwards = new FunctionSettings { Environment = distinct.ToDictionary(key => key, key => key.Length.ToString()) };
        var backwards = new FunctionSettings { Environment = Enumerable.Reverse(distinct).ToDictionary(key => key, key => key.Length.ToString()) };

        return FunctionInputs.EnvironmentVariables(forwards).SequenceEqual(FunctionInputs.EnvironmentVariables(backwards))
            .Label($"keys {string.Join(",", distinct)}");
    }
}
