namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The function's log group, created before the function so Lambda does not create it first with no retention.
/// Lambda writes to <c>/aws/lambda/&lt;function name&gt;</c> by default:
/// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html
/// </summary>
public sealed record LogGroupPlan
{
    public required string LogicalName { get; init; }

    /// <summary>A CloudWatch Logs retention value in days.</summary>
    public required int RetentionDays { get; init; }

    /// <summary>The log group name for a function name.</summary>
    public static string NameFor(string functionName) => $"/aws/lambda/{functionName}";
}
