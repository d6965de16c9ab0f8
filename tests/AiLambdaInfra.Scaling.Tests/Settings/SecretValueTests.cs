using AiLambdaInfra.Scaling.StackFiles;
using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

/// <summary>
/// A <c>secure:</c> value reads as <c>[secret]</c> offline: rules on its content cannot be checked and are skipped, while
/// rules on its key's name, and its type (a secret is a string), still apply.
/// </summary>
public class SecretValueTests
{
    private const string Secure = "{ secure: v1:AAAABBBBCCCCDDDD }";

    [Fact]
    public void SecureEmail_IsAccepted() =>
        Assert.Empty(Messages($"  ai-lambda-infra:alarms:\n    emails:\n      - {Secure}\n"));

    [Fact]
    public void PlainEmailBesideASecureOne_IsStillChecked() => AssertOnlyError(
        $"  ai-lambda-infra:alarms:\n    emails:\n      - {Secure}\n      - not-an-address\n",
        "`alarms.emails[1]` must be an e-mail address, got \"not-an-address\".");

    [Fact]
    public void SecureTopicArn_IsAccepted() =>
        Assert.Empty(Messages($"  ai-lambda-infra:alarms:\n    topicArn: {Secure}\n"));

    [Fact]
    public void SecureRegion_IsAccepted() => Assert.Empty(StackFileSettings.Read(
        StackFile.Parse($"config:\n  aws:region: {Secure}\n  ai-lambda-infra:scaling:\n    max: 5\n", "Pulumi.test.yaml")).Errors);

    [Fact]
    public void SecureValueOfAReservedVariable_IsStillRejected() => AssertOnlyError(
        $"  ai-lambda-infra:function:\n    environment:\n      AWS_REGION: {Secure}\n",
        "`function.environment.AWS_REGION` is reserved: the Lambda runtime sets it itself and refuses a function configuration that sets it. Remove it, and read the value Lambda provides.");

    [Fact]
    public void SecureNumber_IsAStringAndRejectedAsOne() => AssertOnlyError(
        $"  ai-lambda-infra:function:\n    memoryMb: {Secure}\n",
        "`function.memoryMb` must be a whole number, got \"[secret]\".");
}
