namespace AiLambdaInfra.Scaling.Aws;

/// <summary>
/// AWS service limits the settings are checked against, each with its source. Checked 2026-11; update here when AWS changes them.
/// </summary>
public static class AwsLimits
{
    /// <summary>Lambda memory, MB. https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html</summary>
    public const int MinMemoryMb = 128, MaxMemoryMb = 10240;

    /// <summary>Lambda timeout, seconds (15 minutes). Same source.</summary>
    public const int MinTimeoutSeconds = 1, MaxTimeoutSeconds = 900;

    /// <summary>Lambda ephemeral storage (/tmp), MB. Same source.</summary>
    public const int MinEphemeralStorageMb = 512, MaxEphemeralStorageMb = 10240;

    /// <summary>
    /// Lambda keeps 100 units of the account's concurrency unreserved for functions without reserved concurrency,
    /// so no function can reserve or be provisioned more than the account limit minus 100.
    /// https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
    /// </summary>
    public const int UnreservedConcurrencyFloor = 100;

    /// <summary>Scheduled actions per scalable target. https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-limits.html</summary>
    public const int MaxScheduledActionsPerTarget = 200;

    /// <summary>Scheduled action names: 1–256 characters. https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html</summary>
    public const int MaxScheduledActionNameLength = 256;

    /// <summary>Function names: at most 64 characters. https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html</summary>
    public const int MaxFunctionNameLength = 64;

    /// <summary>Alias names: at most 128 characters. https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html</summary>
    public const int MaxAliasNameLength = 128;

    /// <summary>IAM role names: at most 64 characters. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html</summary>
    public const int MaxRoleNameLength = 64;

    /// <summary>Tags per resource on Lambda, CloudWatch, SNS and IAM. https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html</summary>
    public const int MaxTagsPerResource = 50;

    /// <summary>Target-tracking utilization targets this project accepts for provisioned concurrency.</summary>
    public const double MinTargetUtilization = 0.1, MaxTargetUtilization = 0.9;

    /// <summary>Retention values CloudWatch Logs accepts. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html</summary>
    public static readonly IReadOnlyList<int> LogRetentionDays =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>Instruction-set architectures Lambda runs.</summary>
    public static readonly IReadOnlyList<string> Architectures = ["arm64", "x86_64"];
}
