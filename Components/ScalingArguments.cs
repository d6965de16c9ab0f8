using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws.AppAutoScaling;
using Pulumi.Aws.AppAutoScaling.Inputs;

namespace AiLambdaInfra.Components;

/// <summary>The inputs of the scheduled actions and of the tracking policy, from the scaling settings.</summary>
internal static class ScalingArguments
{
    /// <summary>
    /// The action as written: its min and max are validated against the stack's range and never widened here; either may
    /// be left out, and start and end times are RFC 3339, unaffected by the time zone
    /// (https://www.pulumi.com/registry/packages/aws/api-docs/appautoscaling/scheduledaction/).
    /// </summary>
    public static ScheduledActionArgs ScheduledAction(ScheduledActionSettings action, ScalingSettings scaling, Target target)
    {
        var capacity = new ScheduledActionScalableTargetActionArgs();
        if (action.Min is { } min)
        {
            capacity.MinCapacity = min;
        }

        if (action.Max is { } max)
        {
            capacity.MaxCapacity = max;
        }

        var arguments = new ScheduledActionArgs
        {
            Name = action.Name,
            ServiceNamespace = target.ServiceNamespace,
            ScalableDimension = target.ScalableDimension,
            ResourceId = target.ResourceId,
            Schedule = action.Schedule,
            Timezone = ScheduleTimes.Timezone(action, scaling),
            ScalableTargetAction = capacity,
        };

        if (ScheduleTimes.Rfc3339Utc(action.StartTime) is { } start)
        {
            arguments.StartTime = start;
        }

        if (ScheduleTimes.Rfc3339Utc(action.EndTime) is { } end)
        {
            arguments.EndTime = end;
        }

        return arguments;
    }

    public static PolicyTargetTrackingScalingPolicyConfigurationArgs TrackingConfiguration(ScalingSettings scaling, string alias, Output<string> functionName)
    {
        var configuration = new PolicyTargetTrackingScalingPolicyConfigurationArgs
        {
            TargetValue = scaling.TargetUtilization,
            ScaleInCooldown = scaling.ScaleInCooldownSeconds,
            ScaleOutCooldown = scaling.ScaleOutCooldownSeconds,
            DisableScaleIn = scaling.DisableScaleIn,
        };

        if (!TargetTracking.UsesCustomizedMetric(scaling))
        {
            configuration.PredefinedMetricSpecification = new PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs
            {
                PredefinedMetricType = LambdaScalingNames.PredefinedUtilizationMetric,
            };
            return configuration;
        }

        var customized = new PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationArgs
        {
            Namespace = LambdaScalingNames.MetricNamespace,
            MetricName = LambdaScalingNames.UtilizationMetric,
            Statistic = TargetTracking.MaximumStatistic,
        };
        foreach (var dimension in MetricDimensions.Names)
        {
            customized.Dimensions.Add(new PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationDimensionArgs
            {
                Name = dimension,
                Value = functionName.Apply(name => MetricDimensions.Value(dimension, name, alias)),
            });
        }

        configuration.CustomizedMetricSpecification = customized;
        return configuration;
    }
}
