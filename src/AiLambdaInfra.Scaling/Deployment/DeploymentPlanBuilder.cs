using System.Globalization;
using System.Text;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Turns validated stack settings into the <see cref="DeploymentPlan"/> the component applies. Pure: the same settings
/// and context give an equal plan.
/// </summary>
public static class DeploymentPlanBuilder
{
    /// <summary>Characters Lambda accepts in a function name. https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html</summary>
    private static bool IsFunctionNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    public static DeploymentPlan Build(StackSettings settings, DeploymentContext context)
    {
        var component = context.ComponentName;
        var function = settings.Function;
        var scaling = settings.Scaling;
        var autoscaling = scaling.Autoscaling;
        var scheduledActions = autoscaling ? ScheduledActions(settings, component) : [];

        var provisionedConcurrency = scaling.Baseline >= 1
            ? new ProvisionedConcurrencyPlan
            {
                LogicalName = ChildNames.ProvisionedConcurrency(component),
                Baseline = scaling.Baseline,
                IgnoreChanges = autoscaling ? [IgnoredProperties.ProvisionedConcurrentExecutions] : [],
            }
            : null;

        var scalableTarget = autoscaling
            ? new ScalableTargetPlan
            {
                LogicalName = ChildNames.ScalableTarget(component),
                Alias = function.Alias,
                Min = scaling.Min,
                Max = scaling.Max,
                IgnoreChanges = scheduledActions.Count > 0 ? [IgnoredProperties.MinCapacity, IgnoredProperties.MaxCapacity] : [],
                DependsOnLogicalName = provisionedConcurrency?.LogicalName,
            }
            : null;

        var alarms = Alarms(settings, component);

        return new DeploymentPlan
        {
            Context = context,
            FunctionName = FunctionName(function, context),
            Tags = Tags(settings, context),
            Role = new RolePlan
            {
                LogicalName = ChildNames.Role(component),
                AssumeRolePolicyJson = PolicyDocuments.LambdaTrust(),
                LoggingPolicyLogicalName = ChildNames.LoggingPolicy(component),
                ExtraPolicyLogicalName = function.PolicyStatements.Count > 0 ? ChildNames.ExtraPolicy(component) : null,
                ExtraPolicyJson = PolicyDocuments.Extra(function.PolicyStatements),
            },
            LogGroup = new LogGroupPlan { LogicalName = ChildNames.LogGroup(component), RetentionDays = function.LogRetentionDays },
            Function = new FunctionPlan
            {
                LogicalName = ChildNames.Function(component),
                Description = function.Description,
                ImageUri = function.IsImage ? function.ImageUri : null,
                CodePath = function.IsImage ? null : function.EffectiveCodePath,
                Runtime = function.IsImage ? null : function.Runtime,
                Handler = function.IsImage ? null : function.Handler,
                MemoryMb = function.MemoryMb,
                TimeoutSeconds = function.TimeoutSeconds,
                EphemeralStorageMb = function.EphemeralStorageMb,
                Architectures = [function.Architecture],
                Environment = new SortedDictionary<string, string>(function.Environment.ToDictionary(), StringComparer.Ordinal),
                ReservedConcurrency = function.ReservedConcurrency,
                SnapStart = function.SnapStart,
            },
            Alias = new AliasPlan { LogicalName = ChildNames.Alias(component), Name = function.Alias },
            ProvisionedConcurrency = provisionedConcurrency,
            ScalableTarget = scalableTarget,
            ScheduledActions = scheduledActions,
            TrackingPolicy = autoscaling && scaling.TargetTracking ? TrackingPolicy(scaling, function.Alias, component) : null,
            Alarms = alarms,
            Notifications = Notifications(settings.Alarms, component, hasAlarms: alarms.Count > 0),
        };
    }

    /// <summary>
    /// <c>function.name</c> as given, or <c>&lt;project&gt;-&lt;stack&gt;-&lt;8 hex&gt;</c> within the 64-character limit.
    /// The suffix is kept by the region: moving a stack to another region deploys a new function there, and a
    /// fresh suffix lets the new resources be created before the old ones are deleted without any name meeting
    /// its predecessor (IAM names are account-wide). Project and stack are not keepers: they are already in the
    /// name, and renaming a stack should not replace its function.
    /// </summary>
    public static FunctionNamePlan FunctionName(FunctionSettings function, DeploymentContext context)
    {
        if (!string.IsNullOrEmpty(function.Name))
        {
            return new FunctionNamePlan { FixedName = function.Name };
        }

        var suffix = new RandomSuffixPlan
        {
            LogicalName = ChildNames.Suffix(context.ComponentName),
            Keepers = context.Region is null
                ? new SortedDictionary<string, string>()
                : new SortedDictionary<string, string>(StringComparer.Ordinal) { ["region"] = context.Region },
        };
        var room = AwsLimits.MaxFunctionNameLength - 1 - suffix.ByteLength * 2;
        var prefix = Clean($"{context.ProjectName}-{context.StackName}");
        if (prefix.Length > room)
        {
            prefix = prefix[..room];
        }

        return new FunctionNamePlan { Prefix = prefix.TrimEnd('-', '_'), Suffix = suffix };
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(IsFunctionNameChar(c) ? c : '-');
        }

        return builder.ToString();
    }

    private static IReadOnlyDictionary<string, string> Tags(StackSettings settings, DeploymentContext context)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in settings.Tags)
        {
            tags[key] = value;
        }

        tags[ManagedTags.Project] = context.ProjectName;
        tags[ManagedTags.Stack] = context.StackName;
        return tags;
    }

    private static IReadOnlyList<ScheduledActionPlan> ScheduledActions(StackSettings settings, string component)
    {
        var plans = new List<ScheduledActionPlan>();
        var previous = ChildNames.ScalableTarget(component);
        foreach (var action in settings.AllScheduledActions)
        {
            var plan = new ScheduledActionPlan
            {
                LogicalName = ChildNames.ScheduledAction(component, action.Name),
                Name = action.Name,
                Schedule = action.Schedule,
                Timezone = action.Timezone ?? settings.Scaling.Timezone,
                StartTime = Rfc3339Utc(action.StartTime),
                EndTime = Rfc3339Utc(action.EndTime),
                Min = action.Min,
                Max = action.Max,
                DependsOnLogicalName = previous,
            };
            plans.Add(plan);
            previous = plan.LogicalName;
        }

        return plans;
    }

    /// <summary>The provider takes RFC 3339 start and end times, independent of the action's time zone; UTC keeps them unambiguous.</summary>
    public static string? Rfc3339Utc(DateTimeOffset? moment) =>
        moment?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static TrackingPolicyPlan TrackingPolicy(ScalingSettings scaling, string alias, string component)
    {
        var maximum = string.Equals(scaling.Statistic, "Maximum", StringComparison.OrdinalIgnoreCase);
        return new TrackingPolicyPlan
        {
            LogicalName = ChildNames.TrackingPolicy(component),
            TargetValue = scaling.TargetUtilization,
            Metric = maximum
                ? new TrackingMetricPlan { Alias = alias, Statistic = "Maximum" }
                : new TrackingMetricPlan { Alias = alias, PredefinedMetricType = LambdaScalingNames.PredefinedUtilizationMetric },
            ScaleInCooldownSeconds = scaling.ScaleInCooldownSeconds,
            ScaleOutCooldownSeconds = scaling.ScaleOutCooldownSeconds,
            DisableScaleIn = scaling.DisableScaleIn,
        };
    }

    private static IReadOnlyList<AlarmPlan> Alarms(StackSettings settings, string component)
    {
        var alarms = settings.Alarms;
        var alias = settings.Function.Alias;
        var timeoutMs = settings.Function.TimeoutSeconds * 1000.0;
        var candidates = new (AlarmKind Kind, AlarmRule Rule, Func<AlarmPlan, AlarmPlan> Shape)[]
        {
            (AlarmKind.Spillover, alarms.Spillover, plan => plan with
            {
                Description = "Invocations served on demand because provisioned concurrency was full: cold starts are happening.",
                MetricName = LambdaScalingNames.SpilloverMetric,
                Statistic = "Sum",
            }),
            (AlarmKind.Throttles, alarms.Throttles, plan => plan with
            {
                Description = "Invocations were throttled.",
                MetricName = "Throttles",
                Statistic = "Sum",
            }),
            (AlarmKind.ErrorRate, alarms.ErrorRate, plan => plan with
            {
                Description = "Errors as a per cent of invocations are above the threshold.",
                Queries =
                [
                    new AlarmMetricQueryPlan { Id = "errors", MetricName = "Errors", Statistic = "Sum", ReturnData = false },
                    new AlarmMetricQueryPlan { Id = "invocations", MetricName = "Invocations", Statistic = "Sum", ReturnData = false },
                    new AlarmMetricQueryPlan { Id = "errorRate", Label = "Error rate (%)", Expression = "100 * errors / invocations", ReturnData = true },
                ],
            }),
            (AlarmKind.Duration, alarms.Duration, plan => plan with
            {
                Description = "p99 duration is close to the function's timeout.",
                MetricName = "Duration",
                ExtendedStatistic = "p99",
                Threshold = plan.Threshold * timeoutMs,
            }),
            (AlarmKind.Utilization, alarms.Utilization, plan => plan with
            {
                Description = "Provisioned concurrency stays nearly full: raise the maximum or plan more capacity.",
                MetricName = LambdaScalingNames.UtilizationMetric,
                Statistic = "Maximum",
            }),
        };

        return candidates
            .Where(candidate => candidate.Rule.Enabled)
            .Select(candidate => candidate.Shape(new AlarmPlan
            {
                Kind = candidate.Kind,
                LogicalName = ChildNames.Alarm(component, candidate.Kind),
                NameSuffix = AlarmNameSuffixes.For(candidate.Kind),
                Alias = alias,
                Description = "",
                Threshold = candidate.Rule.Threshold,
                PeriodSeconds = candidate.Rule.PeriodSeconds,
                EvaluationPeriods = candidate.Rule.EvaluationPeriods,
                DatapointsToAlarm = candidate.Rule.DatapointsToAlarm,
            }))
            .ToList();
    }

    private static NotificationPlan Notifications(AlarmSettings alarms, string component, bool hasAlarms)
    {
        if (!hasAlarms)
        {
            return new NotificationPlan();
        }

        return new NotificationPlan
        {
            TopicLogicalName = string.IsNullOrEmpty(alarms.TopicArn) ? ChildNames.Topic(component) : null,
            ExistingTopicArn = string.IsNullOrEmpty(alarms.TopicArn) ? null : alarms.TopicArn,
            EmailSubscriptions = alarms.Emails
                .Select(email => new EmailSubscriptionPlan(ChildNames.EmailSubscription(component, email), email))
                .ToList(),
        };
    }
}
