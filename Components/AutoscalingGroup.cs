using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws.AppAutoScaling;

namespace AiLambdaInfra.Components;

/// <summary>
/// The scalable target, its scheduled actions (the user's, then the planner's) and the tracking policy.
/// <para>
/// The target is registered at <c>scaling.min</c>..<c>scaling.max</c> and ignores no change: an edit of either value
/// reaches AWS on the next <c>pulumi up</c>. Scheduled actions do set the target's min and max when they run
/// (https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-policy-overview.html), so an update
/// of the target (a changed range, or <c>pulumi up --refresh</c> after an action ran) registers the stack's range again;
/// RegisterScalableTarget on an existing target only updates it and moves no capacity that is inside the new bounds
/// (https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html), and every action
/// lies within <c>scaling.min</c>..<c>scaling.max</c>, so the update never cuts capacity an action raised; the next action
/// narrows the range again. The provider updates min/max in place
/// (https://www.pulumi.com/registry/packages/aws/api-docs/appautoscaling/target/); what Application Auto Scaling itself
/// rewrites, the provisioned concurrency, is ignored on the provisioned concurrency config.
/// </para>
/// </summary>
internal static class AutoscalingGroup
{
    public static Target Create(ComponentChildren children, StackSettings settings, AliasGroup alias)
    {
        var scaling = settings.Scaling;
        var aliasName = settings.Function.Alias;
        // Registered after the provisioned concurrency config: registering a target for an alias without one would make
        // Application Auto Scaling and Pulumi both create it.
        var target = new Target(ChildNames.ScalableTarget(children.Name), new TargetArgs
        {
            ServiceNamespace = LambdaScalingNames.ServiceNamespace,
            ScalableDimension = LambdaScalingNames.ScalableDimension,
            ResourceId = alias.AliasedName.Apply(functionName => LambdaScalingNames.ResourceId(functionName, aliasName)),
            MinCapacity = scaling.Min,
            MaxCapacity = scaling.Max,
            Tags = children.Tags,
        }, children.Options(alias.ProvisionedConcurrency is null ? null : [alias.ProvisionedConcurrency]));

        // Application Auto Scaling rejects concurrent updates to one target: every change waits for the one before.
        Resource previous = target;
        foreach (var action in settings.AllScheduledActions)
        {
            previous = new ScheduledAction(ChildNames.ScheduledAction(children.Name, action.Name), ScalingArguments.ScheduledAction(action, scaling, target), children.Options([previous]));
        }

        if (scaling.TargetTracking)
        {
            _ = new Policy(ChildNames.TrackingPolicy(children.Name), new PolicyArgs
            {
                Name = alias.AliasedName.Apply(PhysicalNames.TrackingPolicy),
                PolicyType = TargetTracking.PolicyType,
                ServiceNamespace = target.ServiceNamespace,
                ScalableDimension = target.ScalableDimension,
                ResourceId = target.ResourceId,
                TargetTrackingScalingPolicyConfiguration = ScalingArguments.TrackingConfiguration(scaling, aliasName, alias.AliasedName),
            }, children.Options([previous]));
        }

        return target;
    }
}
