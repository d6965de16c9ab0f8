using Pulumi;

namespace AiLambdaInfra.Components;

/// <summary>
/// What every child of one <see cref="PredictiveLambda"/> shares: the component's name, which starts each child's logical
/// name, the component as parent, and the tags of every taggable child.
/// </summary>
internal sealed record ComponentChildren(string Name, ComponentResource Parent, InputMap<string> Tags)
{
    /// <summary>A child's options: parented to the component, with explicit dependencies and inputs another owner changes.</summary>
    public CustomResourceOptions Options(IEnumerable<Resource>? dependsOn = null, IEnumerable<string>? ignoreChanges = null)
    {
        var options = new CustomResourceOptions { Parent = Parent };
        foreach (var dependency in dependsOn ?? [])
        {
            options.DependsOn.Add(dependency);
        }

        options.IgnoreChanges.AddRange(ignoreChanges ?? []);
        return options;
    }
}
