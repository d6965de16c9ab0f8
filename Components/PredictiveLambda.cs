using System.Collections.Immutable;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Validation;
using Pulumi;
using Pulumi.Aws;
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
/// function, alias, provisioned concurrency, scalable target, chained scheduled actions, target tracking, alarms, their
/// topic and a dashboard. It checks its args with the rules of <c>ailambda validate</c> before creating anything, and
/// applies them as they are: names, policy documents, alarm definitions and the dashboard come from the pure functions
/// of <c>AiLambdaInfra.Scaling.Deployment</c>. Any number of them can live in one stack: every child's logical name starts
/// with the component's name, and each generated function name has its own random suffix.
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

    /// <summary>The dashboard's name; null when <c>alarms.dashboard</c> is off.</summary>
    [Output("dashboardName")]
    public Output<string?> DashboardName { get; private set; }

    public PredictiveLambda(string name, PredictiveLambdaArgs args, ComponentResourceOptions? options = null)
        : base(ResourceTypeNames.PredictiveLambda, name, Validated(args, options))
    {
        var settings = args.ToSettings();
        var function = settings.Function;
        var scaling = settings.Scaling;
        var deployment = Pulumi.Deployment.Instance;
        var tags = ResourceInputs.Map(ManagedTags.With(settings.Tags, deployment.ProjectName, deployment.StackName));

        var physicalName = FunctionPhysicalName(name, function, args.Region, deployment);
        var role = new Iam.Role(ChildNames.Role(name), new Iam.RoleArgs
        {
            Name = physicalName.Apply(PhysicalNames.Role),
            AssumeRolePolicy = PolicyDocuments.LambdaTrust(),
            Tags = tags,
        }, Child());

        var logGroup = new LogGroup(ChildNames.LogGroup(name), new LogGroupArgs
        {
            Name = physicalName.Apply(PhysicalNames.LogGroup),
            RetentionInDays = function.LogRetentionDays,
            Tags = tags,
        }, Child());

        var loggingPolicy = new Iam.RolePolicy(ChildNames.LoggingPolicy(name), new Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = logGroup.Arn.Apply(PolicyDocuments.Logging),
        }, Child());

        // The function waits for its log group (or Lambda creates the group itself, without retention) and for every
        // policy of its role (or its first invocations may fail to log or to reach what the extra statements allow).
        var functionDependencies = new List<Resource> { logGroup, loggingPolicy };
        if (PolicyDocuments.Extra(function.PolicyStatements) is { } extraPolicy)
        {
            functionDependencies.Add(new Iam.RolePolicy(ChildNames.ExtraPolicy(name), new Iam.RolePolicyArgs { Role = role.Name, Policy = extraPolicy }, Child()));
        }

        var lambda = new Function(ChildNames.Function(name), FunctionArguments(function, physicalName, role, tags), Child(functionDependencies));

        var alias = new LambdaAlias(ChildNames.Alias(name), new AliasArgs
        {
            Name = function.Alias,
            FunctionName = lambda.Name,
            FunctionVersion = lambda.Version,
        }, Child());

        // The function's name once the alias exists: everything addressed as <name>:<alias> waits for the alias.
        var aliasedName = Output.Tuple(lambda.Name, alias.Name).Apply(pair => pair.Item1);

        var provisionedConcurrency = ProvisionedConcurrency(name, scaling, lambda, alias);
        var target = scaling.Autoscaling ? Autoscaling(name, settings, aliasedName, provisionedConcurrency, tags) : null;

        var alarmSettings = settings.Alarms;
        // The alarms' shape is known now; their names and dimensions follow the deployed function name.
        var shapes = AlarmDefinitions.For(settings, functionName: "");
        var topicArn = shapes.Count == 0 ? null : Topic(name, alarmSettings, physicalName, tags);
        var metricAlarms = shapes
            .Select(shape => new MetricAlarm(ChildNames.Alarm(name, shape.Kind),
                AlarmArguments(shape, aliasedName.Apply(functionName => AlarmDefinitions.For(settings, functionName).Single(alarm => alarm.Kind == shape.Kind)), topicArn!, tags),
                Child()))
            .ToList();

        FunctionName = lambda.Name;
        FunctionArn = lambda.Arn;
        AliasArn = alias.Arn;
        Version = lambda.Version;
        ScalableTargetId = target is null ? Output.Create<string?>((string?)null) : target.Id.Apply(id => (string?)id);
        AlarmNames = Output.All(metricAlarms.Select(alarm => alarm.Name));
        TopicArn = topicArn is null ? Output.Create<string?>((string?)null) : topicArn.Apply(arn => (string?)arn);
        DashboardName = alarmSettings.Dashboard
            ? Dashboard(name, settings, aliasedName, args.Region, metricAlarms).DashboardName.Apply(value => (string?)value)
            : Output.Create<string?>((string?)null);

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["functionName"] = FunctionName,
            ["functionArn"] = FunctionArn,
            ["aliasArn"] = AliasArn,
            ["version"] = Version,
            ["scalableTargetId"] = ScalableTargetId,
            ["alarmNames"] = AlarmNames,
            ["topicArn"] = TopicArn,
            ["dashboardName"] = DashboardName,
        });
    }

    /// <summary>
    /// Checks the args with the validator <c>ailambda validate</c> and the stack program use, so a component built in code
    /// fails with the same messages, before it or any child is registered.
    /// </summary>
    private static ComponentResourceOptions? Validated(PredictiveLambdaArgs args, ComponentResourceOptions? options)
    {
        var errors = SettingsValidator.Validate(args.ToSettings());
        return errors.Count == 0 ? options : throw new RunException(SettingsErrors.Describe(errors));
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

    /// <summary><c>function.name</c> as given, or <c>&lt;project&gt;-&lt;stack&gt;-&lt;hex&gt;</c> from a random id of this component.</summary>
    private Output<string> FunctionPhysicalName(string name, FunctionSettings function, string? region, DeploymentInstance deployment)
    {
        if (!string.IsNullOrEmpty(function.Name))
        {
            return Output.Create(function.Name);
        }

        var random = new RandomId(ChildNames.Suffix(name), new RandomIdArgs
        {
            ByteLength = RandomSuffix.ByteLength,
            Keepers = ResourceInputs.Map(RandomSuffix.Keepers(region)),
        }, Child());
        return random.Hex.Apply(hex => PhysicalNames.GeneratedFunctionName(deployment.ProjectName, deployment.StackName, hex));
    }

    private static FunctionArgs FunctionArguments(FunctionSettings function, Output<string> physicalName, Iam.Role role, InputMap<string> tags)
    {
        var arguments = new FunctionArgs
        {
            Name = physicalName,
            Role = role.Arn,
            Description = function.Description,
            PackageType = function.IsImage ? "Image" : "Zip",
            MemorySize = function.MemoryMb,
            Timeout = function.TimeoutSeconds,
            EphemeralStorage = new FunctionEphemeralStorageArgs { Size = function.EphemeralStorageMb },
            Architectures = ResourceInputs.List([function.Architecture]),
            // Provisioned concurrency needs a published version behind the alias.
            Publish = true,
            Tags = tags,
        };

        if (function.IsImage)
        {
            arguments.ImageUri = function.ImageUri!;
        }
        else
        {
            arguments.Code = new FileArchive(function.EffectiveCodePath);
            arguments.Runtime = function.Runtime;
            arguments.Handler = function.Handler;
        }

        if (function.Environment.Count > 0)
        {
            arguments.Environment = new FunctionEnvironmentArgs { Variables = ResourceInputs.Map(function.Environment.OrderBy(pair => pair.Key, StringComparer.Ordinal)) };
        }

        if (function.ReservedConcurrency is { } reserved)
        {
            arguments.ReservedConcurrentExecutions = reserved;
        }

        if (function.SnapStart)
        {
            arguments.SnapStart = new FunctionSnapStartArgs { ApplyOn = "PublishedVersions" };
        }

        return arguments;
    }

    /// <summary>
    /// The alias's provisioned concurrency at <c>scaling.baseline</c>; none for a baseline of 0 (AWS needs at least 1).
    /// When Application Auto Scaling owns the number, Pulumi sets it at creation only and then ignores it, so
    /// <c>pulumi up</c> never undoes a scale-out.
    /// </summary>
    private ProvisionedConcurrencyConfig? ProvisionedConcurrency(string name, ScalingSettings scaling, Function lambda, LambdaAlias alias) =>
        scaling.Baseline < 1
            ? null
            : new ProvisionedConcurrencyConfig(ChildNames.ProvisionedConcurrency(name), new ProvisionedConcurrencyConfigArgs
            {
                FunctionName = lambda.Name,
                Qualifier = alias.Name,
                ProvisionedConcurrentExecutions = scaling.Baseline,
            }, Child(ignoreChanges: scaling.Autoscaling ? [IgnoredProperties.ProvisionedConcurrentExecutions] : []));

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
    private Target Autoscaling(string name, StackSettings settings, Output<string> aliasedName, ProvisionedConcurrencyConfig? provisionedConcurrency, InputMap<string> tags)
    {
        var scaling = settings.Scaling;
        var alias = settings.Function.Alias;
        // Registered after the provisioned concurrency config: registering a target for an alias without one would make
        // Application Auto Scaling and Pulumi both create it.
        var target = new Target(ChildNames.ScalableTarget(name), new TargetArgs
        {
            ServiceNamespace = LambdaScalingNames.ServiceNamespace,
            ScalableDimension = LambdaScalingNames.ScalableDimension,
            ResourceId = aliasedName.Apply(functionName => LambdaScalingNames.ResourceId(functionName, alias)),
            MinCapacity = scaling.Min,
            MaxCapacity = scaling.Max,
            Tags = tags,
        }, Child(provisionedConcurrency is null ? null : [provisionedConcurrency]));

        // Application Auto Scaling rejects concurrent updates to one target: every change waits for the one before.
        Resource previous = target;
        foreach (var action in settings.AllScheduledActions)
        {
            previous = new ScheduledAction(ChildNames.ScheduledAction(name, action.Name), ScheduledActionArguments(action, scaling, target), Child([previous]));
        }

        if (scaling.TargetTracking)
        {
            _ = new Policy(ChildNames.TrackingPolicy(name), new PolicyArgs
            {
                Name = aliasedName.Apply(PhysicalNames.TrackingPolicy),
                PolicyType = TargetTracking.PolicyType,
                ServiceNamespace = target.ServiceNamespace,
                ScalableDimension = target.ScalableDimension,
                ResourceId = target.ResourceId,
                TargetTrackingScalingPolicyConfiguration = TrackingConfiguration(scaling, alias, aliasedName),
            }, Child([previous]));
        }

        return target;
    }

    /// <summary>
    /// The action as written: its min and max are validated against the stack's range and never widened here; either may
    /// be left out, and start and end times are RFC 3339, unaffected by the time zone
    /// (https://www.pulumi.com/registry/packages/aws/api-docs/appautoscaling/scheduledaction/).
    /// </summary>
    private static ScheduledActionArgs ScheduledActionArguments(ScheduledActionSettings action, ScalingSettings scaling, Target target)
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
            Timezone = action.Timezone ?? scaling.Timezone,
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

    private static PolicyTargetTrackingScalingPolicyConfigurationArgs TrackingConfiguration(ScalingSettings scaling, string alias, Output<string> functionName)
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
                Value = functionName.Apply(name => MetricDimensions.ForAlias(name, alias).Single(pair => pair.Key == dimension).Value),
            });
        }

        configuration.CustomizedMetricSpecification = customized;
        return configuration;
    }

    /// <summary>The topic the stack creates (with its e-mail subscriptions), or the existing one from <c>alarms.topicArn</c>.</summary>
    private Output<string> Topic(string name, AlarmSettings alarms, Output<string> functionName, InputMap<string> tags)
    {
        if (!string.IsNullOrEmpty(alarms.TopicArn))
        {
            return Output.Create(alarms.TopicArn);
        }

        var topicArn = new Topic(ChildNames.Topic(name), new TopicArgs
        {
            Name = functionName.Apply(PhysicalNames.Topic),
            Tags = tags,
        }, Child()).Arn;

        foreach (var email in alarms.Emails)
        {
            // The address must confirm the subscription before it receives anything.
            _ = new TopicSubscription(ChildNames.EmailSubscription(name, email), new TopicSubscriptionArgs
            {
                Topic = topicArn,
                Protocol = "email",
                Endpoint = email,
            }, Child());
        }

        return topicArn;
    }

    private static MetricAlarmArgs AlarmArguments(AlarmDefinition shape, Output<AlarmDefinition> deployed, Output<string> topicArn, InputMap<string> tags)
    {
        var arguments = new MetricAlarmArgs
        {
            Name = deployed.Apply(alarm => alarm.Name),
            AlarmDescription = shape.Description,
            ComparisonOperator = shape.ComparisonOperator,
            Threshold = shape.Threshold,
            EvaluationPeriods = shape.EvaluationPeriods,
            DatapointsToAlarm = shape.DatapointsToAlarm,
            TreatMissingData = shape.TreatMissingData,
            AlarmActions = { topicArn },
            Tags = tags,
        };

        if (shape.NotifiesOk)
        {
            arguments.OkActions.Add(topicArn);
        }

        if (shape.Metric is { } metric)
        {
            arguments.Namespace = metric.Namespace;
            arguments.MetricName = metric.Name;
            arguments.Period = shape.PeriodSeconds;
            arguments.Dimensions = ResourceInputs.Map(deployed.Apply(alarm => alarm.Metric!.Dimensions));
            if (shape.ExtendedStatistic is { } percentile)
            {
                arguments.ExtendedStatistic = percentile;
            }
            else
            {
                arguments.Statistic = shape.Statistic!;
            }

            return arguments;
        }

        foreach (var (query, index) in shape.Queries.Select((query, index) => (query, index)))
        {
            arguments.MetricQueries.Add(Query(query, shape.PeriodSeconds, deployed.Apply(alarm => alarm.Queries[index].Metric)));
        }

        return arguments;
    }

    private static MetricAlarmMetricQueryArgs Query(AlarmQuery query, int periodSeconds, Output<MetricReference?> deployedMetric)
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
                Namespace = query.Metric!.Namespace,
                MetricName = query.Metric.Name,
                Stat = query.Statistic!,
                Period = periodSeconds,
                Dimensions = ResourceInputs.Map(deployedMetric.Apply(metric => metric!.Dimensions)),
            };
        }

        return entry;
    }

    /// <summary>The function's dashboard; its alarm widget lists the ARNs of exactly the alarms above.</summary>
    private Dashboard Dashboard(string name, StackSettings settings, Output<string> functionName, string? region, IReadOnlyList<MetricAlarm> alarms)
    {
        var dashboardRegion = region is null ? GetRegion.Invoke().Apply(result => result.Region) : Output.Create(region);
        var body = Output.Tuple(functionName, dashboardRegion, Output.All(alarms.Select(alarm => alarm.Arn)))
            .Apply(values => DashboardBody.Json(settings, values.Item1, values.Item2, values.Item3));
        return new Dashboard(ChildNames.Dashboard(name), new DashboardArgs
        {
            DashboardName = Output.Tuple(functionName, dashboardRegion).Apply(pair => PhysicalNames.Dashboard(pair.Item1, pair.Item2)),
            DashboardBody = body,
        }, Child());
    }
}
