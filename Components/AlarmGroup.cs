using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Sns;

namespace AiLambdaInfra.Components;

/// <summary>The enabled alarms and the topic they notify: the stack's own (with its e-mail subscriptions) or an existing one.</summary>
internal sealed class AlarmGroup
{
    private AlarmGroup(Output<string>? topicArn, IReadOnlyList<MetricAlarm> alarms)
    {
        TopicArn = topicArn;
        Alarms = alarms;
    }

    /// <summary>Null when no alarm is enabled.</summary>
    public Output<string>? TopicArn { get; }

    /// <summary>In the order of <see cref="AlarmDefinitions.For"/>.</summary>
    public IReadOnlyList<MetricAlarm> Alarms { get; }

    public static AlarmGroup Create(ComponentChildren children, StackSettings settings, Output<string> physicalName, Output<string> aliasedName)
    {
        // The alarms' shape is known now; their names and dimensions follow the deployed function name.
        var shapes = AlarmDefinitions.For(settings, functionName: "");
        var topicArn = shapes.Count == 0 ? null : Topic(children, settings.Alarms, physicalName);
        var alarms = shapes
            .Select(shape => new MetricAlarm(ChildNames.Alarm(children.Name, shape.Kind),
                AlarmArguments.For(shape, aliasedName.Apply(functionName => AlarmDefinitions.ForKind(settings, functionName, shape.Kind)), topicArn!, children.Tags),
                children.Options()))
            .ToList();
        return new AlarmGroup(topicArn, alarms);
    }

    /// <summary>The topic the stack creates (with its e-mail subscriptions), or the existing one from <c>alarms.topicArn</c>.</summary>
    private static Output<string> Topic(ComponentChildren children, AlarmSettings alarms, Output<string> functionName)
    {
        if (!string.IsNullOrEmpty(alarms.TopicArn))
        {
            return Output.Create(alarms.TopicArn);
        }

        var topicArn = new Topic(ChildNames.Topic(children.Name), new TopicArgs
        {
            Name = functionName.Apply(PhysicalNames.Topic),
            Tags = children.Tags,
        }, children.Options()).Arn;

        foreach (var email in alarms.Emails)
        {
            // The address must confirm the subscription before it receives anything.
            _ = new TopicSubscription(ChildNames.EmailSubscription(children.Name, email), new TopicSubscriptionArgs
            {
                Topic = topicArn,
                Protocol = "email",
                Endpoint = email,
            }, children.Options());
        }

        return topicArn;
    }
}
