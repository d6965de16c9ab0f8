namespace AiLambdaInfra.Scaling.Settings;

/// <summary>One extra IAM statement for the execution role (an item of <c>function.policyStatements</c>).</summary>
public sealed record PolicyStatementSettings
{
    /// <summary><c>Allow</c> or <c>Deny</c>. Defaults to <c>Allow</c>.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>IAM actions such as <c>s3:GetObject</c>. Required, at least one.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Resource ARNs. Required, at least one.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];
}
