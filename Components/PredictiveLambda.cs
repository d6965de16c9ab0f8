using System.Collections.Immutable;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;
using Pulumi;
using Pulumi.Aws.AppAutoScaling;
using Pulumi.Aws.AppAutoScaling.Inputs;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.CloudWatch.Inputs;
using Pulumi.Aws.Lambda;
using Pulumi.Aws.Lambda.Inputs;
using Pulumi.Aws.Sns;
using Pulumi.Random;
using Iam = Pulumi.Aws.Iam;
using LambdaAlias = Pulumi.Aws.Lambda.Alias;

namespace AiLambdaInfra.Components;

/// <summary>
/// An inference Lambda whose provisioned concurrency Application Auto Scaling manages: role, log group, published
/// function, alias, provisioned concurrency, scalable target, chained scheduled actions, target tracking, alarms and
/// their topic. It applies a <see cref="DeploymentPlan"/> and decides nothing itself.
/// </summary>
public sealed class PredictiveLambda : ComponentResource
{
    [Output("functionName")]
    public Output<string> FunctionName { get; private set; }

    [Output("functionArn")]
    public Output<string> FunctionArn { get; private set; }

    [Output("aliasArn")]
    public Output<string> AliasArn { get; private set; }

    /// <summary>The published version the alias points at.</summary>
    [Output("version")]
    public Output<string> Version { get; private set; }

    /// <summary>The scalable target's id (its resource id); null when autoscaling is off.</summary>
    [Output("scalableTargetId")]
    public Output<string?> ScalableTargetId { get; private set; }

    [Output("alarmNames")]
    public Output<ImmutableArray<string>> AlarmNames { get; private set; }

    /// <summary>The topic alarms notify; null when no alarm is enabled.</summary>
    [Output("topicArn")]
    public Output<string?> TopicArn { get; private set; }

    public PredictiveLambda(string name, PredictiveLambdaArgs args, ComponentResourceOptions? options = null)
        : base(ResourceTypeNames.PredictiveLambda, name, options)
    {
        var plan = args.Plan;
        var tags = ResourceInputs.Map(plan.Tags);

        var physicalName = FunctionPhysicalName(plan.FunctionName);
        var role = new Iam.Role(plan.Role.LogicalName, new Iam.RoleArgs
        {
            Name = physicalName.Apply(plan.Role.Name),
            AssumeRolePolicy = plan.Role.AssumeRolePolicyJson,
            Tags = tags,
        }, Child());

        var logGroup = new LogGroup(plan.LogGroup.LogicalName, new LogGroupArgs
        {
            Name = physicalName.Apply(LogGroupPlan.NameFor),
            RetentionInDays = plan.LogGroup.RetentionDays,
            Tags = tags,
        }, Child());

        var loggingPolicy = new Iam.RolePolicy(plan.Role.LoggingPolicyLogicalName, new Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = logGroup.Arn.Apply(plan.Role.LoggingPolicyJson),
        }, Child());

        var functionDependencies = new List<Resource> { logGroup, loggingPolicy };
        if (plan.Role.ExtraPolicyLogicalName is { } extraName && plan.Role.ExtraPolicyJson is { } extraJson)
        {
            functionDependencies.Add(new Iam.RolePolicy(extraName, new Iam.RolePolicyArgs { Role = role.Name, Policy = extraJson }, Child()));
        }

        var function = new Function(plan.Function.LogicalName, FunctionArguments(plan.Function, physicalName, role, tags), Child(functionDependencies));

        var alias = new LambdaAlias(plan.Alias.LogicalName, new AliasArgs
        {
            Name = plan.Alias.Name,
            FunctionName = function.Name,
            FunctionVersion = function.Version,
        }, Child());

        // The function's name once the alias exists: everything addressed as <name>:<alias> waits for the alias.
        var aliasedName = Output.Tuple(function.Name, alias.Name).Apply(pair => pair.Item1);

        ProvisionedConcurrencyConfig? provisionedConcurrency = null;
        if (plan.ProvisionedConcurrency is { } concurrency)
        {
            provisionedConcurrency = new ProvisionedConcurrencyConfig(concurrency.LogicalName, new ProvisionedConcurrencyConfigArgs
            {
                FunctionName = function.Name,
                Qualifier = alias.Name,
                ProvisionedConcurrentExecutions = concurrency.Baseline,
            }, Child(ignoreChanges: concurrency.IgnoreChanges));
        }

        Target? target = null;
        if (plan.ScalableTarget is { } targetPlan)
        {
            target = new Target(targetPlan.LogicalName, new TargetArgs
            {
                ServiceNamespace = targetPlan.ServiceNamespace,
                ScalableDimension = targetPlan.ScalableDimension,
                ResourceId = aliasedName.Apply(targetPlan.ResourceId),
                MinCapacity = targetPlan.Min,
                MaxCapacity = targetPlan.Max,
                Tags = tags,
            }, Child(provisionedConcurrency is null ? null : new Resource[] { provisionedConcurrency }, targetPlan.IgnoreChanges));

            // Application Auto Scaling rejects concurrent updates to one target: every change waits for the one before.
            Resource previous = target;
            foreach (var action in plan.ScheduledActions)
            {
                previous = new ScheduledAction(action.LogicalName, ScheduledActionArguments(action, target), Child([previous]));
            }

            if (plan.TrackingPolicy is { } tracking)
            {
                _ = new Policy(tracking.LogicalName, new PolicyArgs
                {
                    Name = aliasedName.Apply(tracking.Name),
                    PolicyType = tracking.PolicyType,
                    ServiceNamespace = target.ServiceNamespace,
                    ScalableDimension = target.ScalableDimension,
                    ResourceId = target.ResourceId,
                    TargetTrackingScalingPolicyConfiguration = TrackingConfiguration(tracking, aliasedName),
                }, Child([previous]));
            }
        }

        var topicArn = TopicFor(plan.Notifications, physicalName, tags);
        var alarms = plan.Alarms
            .Select(alarm => new MetricAlarm(alarm.LogicalName, AlarmArguments(alarm, aliasedName, topicArn!, tags), Child()))
            .ToList();

        FunctionName = function.Name;
        FunctionArn = function.Arn;
        AliasArn = alias.Arn;
        Version = function.Version;
        ScalableTargetId = target is null ? Output.Create<string?>((string?)null) : target.Id.Apply(id => (string?)id);
        AlarmNames = Output.All(alarms.Select(alarm => alarm.Name));
        TopicArn = topicArn is null ? Output.Create<string?>((string?)null) : topicArn.Apply(arn => (string?)arn);

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["functionName"] = FunctionName,
            ["functionArn"] = FunctionArn,
            ["aliasArn"] = AliasArn,
            ["version"] = Version,
            ["scalableTargetId"] = ScalableTargetId,
            ["alarmNames"] = AlarmNames,
            ["topicArn"] = TopicArn,
        });
    }

    private CustomResourceOptions Child(IEnumerable<Resource>? dependsOn = null, IEnumerable<string>? ignoreChanges = null)
    {
        var options = new CustomResourceOptions { Parent = this };
        foreach (var dependency in dependsOn ?? [])
        {
            options.DependsOn.Add(dependency);
        }

        options.IgnoreChanges.AddRange(ignoreChanges ?? []);
        return options;
    }

    private Output<string> FunctionPhysicalName(FunctionNamePlan naming)
    {
        if (naming.Suffix is not { } suffix)
        {
            return Output.Create(naming.Resolve(null));
        }

        var random = new RandomId(suffix.LogicalName, new RandomIdArgs
        {
            ByteLength = suffix.ByteLength,
            Keepers = ResourceInputs.Map(suffix.Keepers),
        }, Child());
        return random.Hex.Apply(naming.Resolve);
    }

    private static FunctionArgs FunctionArguments(FunctionPlan plan, Output<string> physicalName, Iam.Role role, InputMap<string> tags)
    {
        var arguments = new FunctionArgs
        {
            Name = physicalName,
            Role = role.Arn,
            Description = plan.Description,
            PackageType = plan.PackageType,
            MemorySize = plan.MemoryMb,
            Timeout = plan.TimeoutSeconds,
            EphemeralStorage = new FunctionEphemeralStorageArgs { Size = plan.EphemeralStorageMb },
            Architectures = ResourceInputs.List(plan.Architectures),
            Publish = plan.Publish,
            Tags = tags,
        };

        if (plan.ImageUri is { } imageUri)
        {
            arguments.ImageUri = imageUri;
        }
        else
        {
            arguments.Code = new FileArchive(plan.CodePath!);
            arguments.Runtime = plan.Runtime!;
            arguments.Handler = plan.Handler!;
        }

        if (plan.Environment.Count > 0)
        {
            arguments.Environment = new FunctionEnvironmentArgs { Variables = ResourceInputs.Map(plan.Environment) };
        }

        if (plan.ReservedConcurrency is { } reserved)
        {
            arguments.ReservedConcurrentExecutions = reserved;
        }

        if (plan.SnapStart)
        {
            arguments.SnapStart = new FunctionSnapStartArgs { ApplyOn = "PublishedVersions" };
        }

        return arguments;
    }

    private static ScheduledActionArgs ScheduledActionArguments(ScheduledActionPlan action, Target target)
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
            Timezone = action.Timezone,
            ScalableTargetAction = capacity,
        };

        if (action.StartTime is { } start)
        {
            arguments.StartTime = start;
        }

        if (action.EndTime is { } end)
        {
            arguments.EndTime = end;
        }

        return arguments;
    }

    private static PolicyTargetTrackingScalingPolicyConfigurationArgs TrackingConfiguration(TrackingPolicyPlan tracking, Output<string> functionName)
    {
        var configuration = new PolicyTargetTrackingScalingPolicyConfigurationArgs
        {
            TargetValue = tracking.TargetValue,
            ScaleInCooldown = tracking.ScaleInCooldownSeconds,
            ScaleOutCooldown = tracking.ScaleOutCooldownSeconds,
            DisableScaleIn = tracking.DisableScaleIn,
        };

        var metric = tracking.Metric;
        if (!metric.IsCustomized)
        {
            configuration.PredefinedMetricSpecification = new PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs
            {
                PredefinedMetricType = metric.PredefinedMetricType!,
            };
            return configuration;
        }

        var customized = new PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationArgs
        {
            Namespace = metric.Namespace,
            MetricName = metric.MetricName,
            Statistic = metric.Statistic!,
        };
        foreach (var dimension in MetricDimensions.Names)
        {
            customized.Dimensions.Add(new PolicyTargetTrackingScalingPolicyConfigurationCustomizedMetricSpecificationDimensionArgs
            {
                Name = dimension,
                Value = functionName.Apply(name => metric.Dimensions(name).Single(pair => pair.Key == dimension).Value),
            });
        }

        configuration.CustomizedMetricSpecification = customized;
        return configuration;
    }

    private Output<string>? TopicFor(NotificationPlan notifications, Output<string> functionName, InputMap<string> tags)
    {
        Output<string>? topicArn = null;
        if (notifications.TopicLogicalName is { } topicName)
        {
            topicArn = new Topic(topicName, new TopicArgs
            {
                Name = functionName.Apply(notifications.TopicName),
                Tags = tags,
            }, Child()).Arn;
        }
        else if (notifications.ExistingTopicArn is { } existing)
        {
            topicArn = Output.Create(existing);
        }

        if (topicArn is not null)
        {
            foreach (var subscription in notifications.EmailSubscriptions)
            {
                _ = new TopicSubscription(subscription.LogicalName, new TopicSubscriptionArgs
                {
                    Topic = topicArn,
                    Protocol = subscription.Protocol,
                    Endpoint = subscription.Email,
                }, Child());
            }
        }

        return topicArn;
    }

    private static MetricAlarmArgs AlarmArguments(AlarmPlan alarm, Output<string> functionName, Output<string> topicArn, InputMap<string> tags)
    {
        var arguments = new MetricAlarmArgs
        {
            Name = functionName.Apply(alarm.Name),
            AlarmDescription = alarm.Description,
            ComparisonOperator = alarm.ComparisonOperator,
            Threshold = alarm.Threshold,
            EvaluationPeriods = alarm.EvaluationPeriods,
            DatapointsToAlarm = alarm.DatapointsToAlarm,
            TreatMissingData = alarm.TreatMissingData,
            AlarmActions = { topicArn },
            OkActions = { topicArn },
            Tags = tags,
        };

        var dimensions = ResourceInputs.Map(functionName, alarm.Dimensions);
        if (!alarm.UsesMetricMath)
        {
            arguments.Namespace = alarm.Namespace;
            arguments.MetricName = alarm.MetricName!;
            arguments.Period = alarm.PeriodSeconds;
            arguments.Dimensions = dimensions;
            if (alarm.ExtendedStatistic is { } percentile)
            {
                arguments.ExtendedStatistic = percentile;
            }
            else
            {
                arguments.Statistic = alarm.Statistic!;
            }

            return arguments;
        }

        foreach (var query in alarm.Queries)
        {
            var entry = new MetricAlarmMetricQueryArgs { Id = query.Id, ReturnData = query.ReturnData };
            if (query.Label is { } label)
            {
                entry.Label = label;
            }

            if (query.Expression is { } expression)
            {
                entry.Expression = expression;
            }
            else
            {
                entry.Metric = new MetricAlarmMetricQueryMetricArgs
                {
                    Namespace = alarm.Namespace,
                    MetricName = query.MetricName!,
                    Stat = query.Statistic!,
                    Period = alarm.PeriodSeconds,
                    Dimensions = ResourceInputs.Map(functionName, alarm.Dimensions),
                };
            }

            arguments.MetricQueries.Add(entry);
        }

        return arguments;
    }
}
