using System.Collections.Immutable;
using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Validation;
using Pulumi;

namespace AiLambdaInfra.Components;

/// <summary>
/// An inference Lambda whose provisioned concurrency Application Auto Scaling manages: role, log group, published
/// function, alias, provisioned concurrency, scalable target, chained scheduled actions, target tracking, alarms, their
/// topic and a dashboard. It checks its args with the rules of <c>ailambda validate</c> before creating anything, and
/// applies them as they are: names, policy documents, alarm definitions and the dashboard come from the pure functions
/// of <c>AiLambdaInfra.Scaling.Deployment</c>. Any number of them can live in one stack: every child's logical name starts
/// with the component's name, and each generated function name has its own random suffix.
/// <para>
/// Each group of children has its own builder, created in this order: <see cref="FunctionGroup"/> (function, role, logs),
/// <see cref="AliasGroup"/> (alias, provisioned concurrency), <see cref="AutoscalingGroup"/> (scalable target, scheduled
/// actions, tracking policy), <see cref="AlarmGroup"/> (alarms, topic) and <see cref="DashboardGroup"/>.
/// </para>
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
        var deployment = Pulumi.Deployment.Instance;
        var children = new ComponentChildren(name, this, ResourceInputs.Map(ManagedTags.With(settings.Tags, deployment.ProjectName, deployment.StackName)));

        var function = FunctionGroup.Create(children, settings.Function, args.Region, deployment);
        var alias = AliasGroup.Create(children, settings.Function, settings.Scaling, function.Lambda);
        var target = settings.Scaling.Autoscaling ? AutoscalingGroup.Create(children, settings, alias) : null;
        var alarms = AlarmGroup.Create(children, settings, function.PhysicalName, alias.AliasedName);

        FunctionName = function.Lambda.Name;
        FunctionArn = function.Lambda.Arn;
        AliasArn = alias.Alias.Arn;
        Version = function.Lambda.Version;
        ScalableTargetId = Optional(target?.Id);
        AlarmNames = Output.All(alarms.Alarms.Select(alarm => alarm.Name));
        TopicArn = Optional(alarms.TopicArn);
        DashboardName = Optional(settings.Alarms.Dashboard
            ? DashboardGroup.Create(children, settings, alias.AliasedName, args.Region, alarms.Alarms).DashboardName
            : null);

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

    /// <summary>An output of a child that may not exist: null when it does not.</summary>
    private static Output<string?> Optional(Output<string>? value) =>
        value is null ? Output.Create<string?>((string?)null) : value.Apply(present => (string?)present);
}
