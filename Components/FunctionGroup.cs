using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Lambda;
using Pulumi.Random;
using Iam = Pulumi.Aws.Iam;

namespace AiLambdaInfra.Components;

/// <summary>The published function with its execution role, the role's policies and its log group.</summary>
internal sealed class FunctionGroup
{
    private FunctionGroup(Output<string> physicalName, Function lambda)
    {
        PhysicalName = physicalName;
        Lambda = lambda;
    }

    /// <summary>The function's name, known before the function exists; role, log group and topic are named after it.</summary>
    public Output<string> PhysicalName { get; }

    public Function Lambda { get; }

    public static FunctionGroup Create(ComponentChildren children, FunctionSettings function, string? region, DeploymentInstance deployment)
    {
        var physicalName = FunctionPhysicalName(children, function, region, deployment);
        var role = new Iam.Role(ChildNames.Role(children.Name), new Iam.RoleArgs
        {
            Name = physicalName.Apply(PhysicalNames.Role),
            AssumeRolePolicy = PolicyDocuments.LambdaTrust(),
            Tags = children.Tags,
        }, children.Options());

        var logGroup = new LogGroup(ChildNames.LogGroup(children.Name), new LogGroupArgs
        {
            Name = physicalName.Apply(PhysicalNames.LogGroup),
            RetentionInDays = function.LogRetentionDays,
            Tags = children.Tags,
        }, children.Options());

        var loggingPolicy = new Iam.RolePolicy(ChildNames.LoggingPolicy(children.Name), new Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = logGroup.Arn.Apply(PolicyDocuments.Logging),
        }, children.Options());

        // The function waits for its log group (or Lambda creates the group itself, without retention) and for every
        // policy of its role (or its first invocations may fail to log or to reach what the extra statements allow).
        var functionDependencies = new List<Resource> { logGroup, loggingPolicy };
        if (PolicyDocuments.Extra(function.PolicyStatements) is { } extraPolicy)
        {
            functionDependencies.Add(new Iam.RolePolicy(ChildNames.ExtraPolicy(children.Name), new Iam.RolePolicyArgs { Role = role.Name, Policy = extraPolicy }, children.Options()));
        }

        var lambda = new Function(ChildNames.Function(children.Name), FunctionArguments.For(function, physicalName, role, children.Tags), children.Options(functionDependencies));
        return new FunctionGroup(physicalName, lambda);
    }

    /// <summary><c>function.name</c> as given, or <c>&lt;project&gt;-&lt;stack&gt;-&lt;hex&gt;</c> from a random id of the component.</summary>
    private static Output<string> FunctionPhysicalName(ComponentChildren children, FunctionSettings function, string? region, DeploymentInstance deployment)
    {
        if (!string.IsNullOrEmpty(function.Name))
        {
            return Output.Create(function.Name);
        }

        var random = new RandomId(ChildNames.Suffix(children.Name), new RandomIdArgs
        {
            ByteLength = RandomSuffix.ByteLength,
            Keepers = ResourceInputs.Map(RandomSuffix.Keepers(region)),
        }, children.Options());
        return random.Hex.Apply(hex => PhysicalNames.GeneratedFunctionName(deployment.ProjectName, deployment.StackName, hex));
    }
}
