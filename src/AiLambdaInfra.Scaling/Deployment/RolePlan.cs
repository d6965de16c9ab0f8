namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The execution role: trusted by Lambda only, allowed to write to its own log group, plus the statements from
/// <c>function.policyStatements</c> and nothing wider.
/// </summary>
public sealed record RolePlan
{
    /// <summary>IAM role names: at most 64 characters. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html</summary>
    public const int MaxNameLength = 64;

    /// <summary>What the role's name adds to the function's name.</summary>
    public const string NameSuffix = "-role";

    public required string LogicalName { get; init; }

    /// <summary>Trust policy: <c>lambda.amazonaws.com</c> may assume the role.</summary>
    public required string AssumeRolePolicyJson { get; init; }

    /// <summary>Logical name of the inline policy that lets the function write its logs.</summary>
    public required string LoggingPolicyLogicalName { get; init; }

    /// <summary>Logical name of the inline policy with the extra statements; null when config has none.</summary>
    public string? ExtraPolicyLogicalName { get; init; }

    /// <summary>The extra statements as a policy document; null when config has none.</summary>
    public string? ExtraPolicyJson { get; init; }

    /// <summary>
    /// The role's physical name: the function's name plus <see cref="NameSuffix"/>, so it falls under the same
    /// name pattern as the function (the deploy policy grants IAM on <c>role/&lt;project&gt;-*</c> only). A name too long
    /// for IAM loses characters from its middle, keeping both the project prefix and the random suffix at the end.
    /// </summary>
    public string Name(string functionName)
    {
        var room = MaxNameLength - NameSuffix.Length;
        if (functionName.Length <= room)
        {
            return functionName + NameSuffix;
        }

        const int keptEnd = 9;
        return functionName[..(room - keptEnd)] + functionName[^keptEnd..] + NameSuffix;
    }

    /// <summary>The logging policy for the function's log group, given the group's ARN.</summary>
    public string LoggingPolicyJson(string logGroupArn) => PolicyDocuments.Logging(logGroupArn);
}
