using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws.Lambda;
using LambdaAlias = Pulumi.Aws.Lambda.Alias;

namespace AiLambdaInfra.Components;

/// <summary>The alias on the published version, and the alias's provisioned concurrency at <c>scaling.baseline</c>.</summary>
internal sealed class AliasGroup
{
    private AliasGroup(LambdaAlias alias, Output<string> aliasedName, ProvisionedConcurrencyConfig? provisionedConcurrency)
    {
        Alias = alias;
        AliasedName = aliasedName;
        ProvisionedConcurrency = provisionedConcurrency;
    }

    public LambdaAlias Alias { get; }

    /// <summary>The function's name once the alias exists: everything addressed as <c>&lt;name&gt;:&lt;alias&gt;</c> waits for the alias.</summary>
    public Output<string> AliasedName { get; }

    /// <summary>Null for a baseline of 0.</summary>
    public ProvisionedConcurrencyConfig? ProvisionedConcurrency { get; }

    public static AliasGroup Create(ComponentChildren children, FunctionSettings function, ScalingSettings scaling, Function lambda)
    {
        var alias = new LambdaAlias(ChildNames.Alias(children.Name), new AliasArgs
        {
            Name = function.Alias,
            FunctionName = lambda.Name,
            FunctionVersion = lambda.Version,
        }, children.Options());

        var aliasedName = Output.Tuple(lambda.Name, alias.Name).Apply(pair => pair.Item1);
        return new AliasGroup(alias, aliasedName, CreateProvisionedConcurrency(children, scaling, lambda, alias));
    }

    /// <summary>
    /// The alias's provisioned concurrency at <c>scaling.baseline</c>. When Application Auto Scaling owns the number,
    /// Pulumi sets it at creation only and then ignores it, so <c>pulumi up</c> never undoes a scale-out.
    /// </summary>
    private static ProvisionedConcurrencyConfig? CreateProvisionedConcurrency(ComponentChildren children, ScalingSettings scaling, Function lambda, LambdaAlias alias) =>
        ProvisionedConcurrencyInputs.IsConfigured(scaling)
            ? new ProvisionedConcurrencyConfig(ChildNames.ProvisionedConcurrency(children.Name), new ProvisionedConcurrencyConfigArgs
            {
                FunctionName = lambda.Name,
                Qualifier = alias.Name,
                ProvisionedConcurrentExecutions = scaling.Baseline,
            }, children.Options(ignoreChanges: ProvisionedConcurrencyInputs.IgnoredChanges(scaling)))
            : null;
}
