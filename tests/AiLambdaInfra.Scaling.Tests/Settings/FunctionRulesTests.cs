using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class FunctionRulesTests
{
    private static string Function(string lines) => "  ai-lambda-infra:function:\n" + lines;

    [Fact]
    public void MemoryBelowRange_IsRejected() => AssertOnlyError(Function("    memoryMb: 64\n"),
        "`function.memoryMb` must be between 128 and 10240, got 64.");

    [Fact]
    public void MemoryAboveRange_IsRejected() => AssertOnlyError(Function("    memoryMb: 10241\n"),
        "`function.memoryMb` must be between 128 and 10240, got 10241.");

    [Fact]
    public void TimeoutAboveFifteenMinutes_IsRejected() => AssertOnlyError(Function("    timeoutSeconds: 901\n"),
        "`function.timeoutSeconds` must be between 1 and 900, got 901.");

    [Fact]
    public void TimeoutOfZero_IsRejected() => AssertOnlyError(Function("    timeoutSeconds: 0\n"),
        "`function.timeoutSeconds` must be between 1 and 900, got 0.");

    [Fact]
    public void EphemeralStorageBelowRange_IsRejected() => AssertOnlyError(Function("    ephemeralStorageMb: 256\n"),
        "`function.ephemeralStorageMb` must be between 512 and 10240, got 256.");

    [Fact]
    public void UnknownArchitecture_IsRejected() => AssertOnlyError(Function("    architecture: arm\n"),
        "`function.architecture` must be one of arm64, x86_64, got \"arm\".");

    [Fact]
    public void EmptyAlias_IsRejected() => AssertOnlyError(Function("    alias: \"\"\n"),
        "`function.alias` must not be empty: provisioned concurrency is attached to a named alias such as live.");

    [Fact]
    public void LatestAlias_IsRejected() => AssertOnlyError(Function("    alias: $LATEST\n"),
        "`function.alias` must not be $LATEST: provisioned concurrency can only be set on a published version or an alias. Use a name such as live.");

    [Fact]
    public void AliasOfDigitsOnly_IsRejected() => AssertOnlyError(Function("    alias: \"42\"\n"),
        "`function.alias` must be 1 to 128 letters, digits, hyphens or underscores and not only digits, got \"42\".");

    [Fact]
    public void FunctionNameWithSpaces_IsRejected() => AssertOnlyError(Function("    name: my function\n"),
        "`function.name` must be 1 to 64 letters, digits, hyphens or underscores, got \"my function\".");

    [Fact]
    public void ReservedConcurrencyBelowMax_IsRejected() => AssertOnlyError(Function("    reservedConcurrency: 5\n"),
        "`function.reservedConcurrency` must be greater than `scaling.max` (10), got 5: it caps provisioned and on-demand executions together, so at 5 a full provisioned pool leaves no on-demand headroom and spillover is throttled. Raise it above 10 or lower scaling.max.");

    [Fact]
    public void ReservedConcurrencyEqualToMax_LeavesNoHeadroom_IsRejected() => AssertOnlyError(Function("    reservedConcurrency: 10\n"),
        "`function.reservedConcurrency` must be greater than `scaling.max` (10), got 10: it caps provisioned and on-demand executions together, so at 10 a full provisioned pool leaves no on-demand headroom and spillover is throttled. Raise it above 10 or lower scaling.max.");

    [Fact]
    public void ReservedConcurrencyAboveMax_IsAccepted() => Assert.Empty(Messages(Function("    reservedConcurrency: 11\n")));

    [Theory]
    [InlineData("AWS_REGION")]
    [InlineData("_HANDLER")]
    [InlineData("AWS_LAMBDA_FUNCTION_NAME")]
    [InlineData("LAMBDA_TASK_ROOT")]
    public void LambdaReservedEnvironmentVariable_IsRejected(string name) => AssertOnlyError(Function($"    environment:\n      {name}: x\n"),
        $"`function.environment.{name}` is reserved: the Lambda runtime sets it itself and refuses a function configuration that sets it. Remove it, and read the value Lambda provides.");

    [Theory]
    [InlineData("../../../../etc/shadow")]
    [InlineData("/etc/shadow")]
    [InlineData("~/fn.zip")]
    [InlineData("handler/../../fn.zip")]
    public void CodePathOutsideTheProject_IsRejected(string path) => AssertOnlyError(Function($"    codePath: \"{path}\"\n"),
        $"`function.codePath` must be a relative path inside the project, such as handler/dist/ai-inference-arm64.zip, got \"{path}\": it leads outside the project, so a stack file could package any file the deployer can read. Build the zip inside the project and name it relative to Pulumi.yaml.");

    [Theory]
    [InlineData(".")]
    [InlineData("handler/dist/")]
    [InlineData("README.md")]
    [InlineData("handler/dist/.zip")]
    public void CodePathNotNamingAZip_IsRejected(string path) => AssertOnlyError(Function($"    codePath: \"{path}\"\n"),
        $"`function.codePath` must name the function's .zip package, such as handler/dist/ai-inference-arm64.zip, got \"{path}\": the stack packages whatever the path names, so a folder or another file would be deployed as the function's code. Build the zip (see handler/) and name it relative to Pulumi.yaml.");

    [Fact]
    public void CodePathInsideTheProject_IsAccepted() => Assert.Empty(Messages(Function("    codePath: build/../handler/dist/fn.zip\n")));

    [Fact]
    public void ReservedConcurrencyIntoTheUnreservedPool_IsRejected() => AssertOnlyError(Function("    reservedConcurrency: 950\n"),
        "`function.reservedConcurrency` must be at most 900 (`scaling.accountConcurrencyLimit` 1000 minus the 100 that AWS keeps unreserved), got 950.");

    [Fact]
    public void SnapStartWithProvisionedConcurrency_IsRejected() => AssertOnlyError(Function("    snapStart: true\n"),
        "`function.snapStart` cannot be true while the function uses provisioned concurrency (`scaling.autoscaling` is on or `scaling.baseline` is above 0): AWS refuses SnapStart and provisioned concurrency on the same version. Turn one of them off.");

    [Fact]
    public void SnapStartWithoutProvisionedConcurrency_IsAccepted() =>
        Assert.Empty(Messages(Function("    snapStart: true\n") + "  ai-lambda-infra:scaling:\n    autoscaling: false\n    baseline: 0\n"));

    [Fact]
    public void RetentionCloudWatchDoesNotOffer_IsRejected() => AssertOnlyError(Function("    logRetentionDays: 10\n"),
        "`function.logRetentionDays` must be one of the retention periods CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653), got 10.");

    [Fact]
    public void ZipAndImageTogether_AreRejected() => AssertOnlyError(Function("    codePath: build/fn.zip\n    imageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1\n"),
        "`function.codePath` and `function.imageUri` cannot both be set: a function is deployed from a zip or from an image. Remove one of them.");

    [Fact]
    public void EnvironmentVariableStartingWithDigit_IsRejected() => AssertOnlyError(Function("    environment:\n      1BAD: x\n"),
        "`function.environment.1BAD` is not a valid variable name: start with a letter, then letters, digits or underscores.");

    [Fact]
    public void EnvironmentOverFourKilobytes_IsRejected() => AssertOnlyError(Function($"    environment:\n      BIG: {new string('x', 4100)}\n"),
        "`function.environment` must fit in 4096 bytes in all, got 4103. Move large values to a parameter store.");

    [Fact]
    public void PolicyStatementWithoutResources_IsRejected() => AssertOnlyError(
        Function("    policyStatements:\n      - actions: [s3:GetObject]\n"),
        "`function.policyStatements[0].resources` must list at least one resource ARN; use the narrowest ARN that works.");

    [Fact]
    public void PolicyStatementWithUnknownEffect_IsRejected() => AssertOnlyError(
        Function("    policyStatements:\n      - effect: Permit\n        actions: [s3:GetObject]\n        resources: [\"arn:aws:s3:::models/*\"]\n"),
        "`function.policyStatements[0].effect` must be one of Allow, Deny, got \"Permit\".");
}
