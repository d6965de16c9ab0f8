namespace AiLambdaInfra.Stack.Tests;

/// <summary>The type tokens the stack may create; the mocks reject every other type.</summary>
internal static class ResourceTypes
{
    public const string Component = "ai-lambda-infra:index:PredictiveLambda";
    public const string RandomId = "random:index/randomId:RandomId";
    public const string Role = "aws:iam/role:Role";
    public const string RolePolicy = "aws:iam/rolePolicy:RolePolicy";
    public const string LogGroup = "aws:cloudwatch/logGroup:LogGroup";
    public const string Function = "aws:lambda/function:Function";
    public const string Alias = "aws:lambda/alias:Alias";
    public const string ProvisionedConcurrency = "aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig";
    public const string ScalableTarget = "aws:appautoscaling/target:Target";
    public const string ScheduledAction = "aws:appautoscaling/scheduledAction:ScheduledAction";
    public const string ScalingPolicy = "aws:appautoscaling/policy:Policy";
    public const string MetricAlarm = "aws:cloudwatch/metricAlarm:MetricAlarm";
    public const string Topic = "aws:sns/topic:Topic";
    public const string TopicSubscription = "aws:sns/topicSubscription:TopicSubscription";
    public const string Dashboard = "aws:cloudwatch/dashboard:Dashboard";

    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>
    {
        Component, RandomId, Role, RolePolicy, LogGroup, Function, Alias, ProvisionedConcurrency,
        ScalableTarget, ScheduledAction, ScalingPolicy, MetricAlarm, Topic, TopicSubscription, Dashboard,
    };

    /// <summary>Types that take tags in the AWS provider.</summary>
    public static readonly IReadOnlySet<string> Taggable = new HashSet<string> { Role, LogGroup, Function, ScalableTarget, MetricAlarm, Topic };
}
