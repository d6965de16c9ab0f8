namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The execution role: trusted by Lambda only, allowed to write to its own log group, plus the statements from
/// <c>function.policyStatements</c> and nothing wider.
/// </summary>
public sealed record RolePlan
{
    public required string LogicalName { get; init; }

    /// <summary>Trust policy: <c>lambda.amazonaws.com</c> may assume the role.</summary>
    public required string AssumeRolePolicyJson { get; init; }

    /// <summary>Logical name of the inline policy that lets the function write its logs.</summary>
    public required string LoggingPolicyLogicalName { get; init; }

    /// <summary>Logical name of the inline policy with the extra statements; null when config has none.</summary>
    public string? ExtraPolicyLogicalName { get; init; }

    /// <summary>The extra statements as a policy document; null when config has none.</summary>
    public string? ExtraPolicyJson { get; init; }

    /// <summary>The logging policy for the function's log group, given the group's ARN.</summary>
    public string LoggingPolicyJson(string logGroupArn) => PolicyDocuments.Logging(logGroupArn);
}
