namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Where alarms notify: a topic the stack creates, or an existing one from <c>alarms.topicArn</c>.</summary>
public sealed record NotificationPlan
{
    /// <summary>Logical name of the topic to create; null when an existing topic is used or no alarm exists.</summary>
    public string? TopicLogicalName { get; init; }

    /// <summary>The existing topic from config; null when the stack creates its own.</summary>
    public string? ExistingTopicArn { get; init; }

    public IReadOnlyList<EmailSubscriptionPlan> EmailSubscriptions { get; init; } = [];

    public bool CreatesTopic => TopicLogicalName is not null;

    /// <summary>The name of the created topic for a function name.</summary>
    public string TopicName(string functionName) => $"{functionName}-alarms";
}
