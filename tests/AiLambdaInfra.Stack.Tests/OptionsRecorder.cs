using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// A stack transformation that records the options of every resource the program registers. Pulumi's mocks see inputs
/// only; transformations run inside the SDK before registration, with the options the program passed (the component
/// included), so a dropped <c>DependsOn</c>, <c>IgnoreChanges</c> or parent shows here.
/// </summary>
internal sealed class OptionsRecorder
{
    private readonly ConcurrentQueue<(string Name, string? Parent, Output<ImmutableArray<Resource>> DependsOn, IReadOnlyList<string> IgnoreChanges)> _seen = new();

    public ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        if (args.Resource is Pulumi.Stack)
        {
            return null;
        }

        var options = args.Options;
        Output<ImmutableArray<Resource>> dependsOn = options.DependsOn;
        _seen.Enqueue((args.Resource.GetResourceName(), options.Parent?.GetResourceName(), dependsOn, [.. options.IgnoreChanges]));
        return null;
    }

    /// <summary>Every recorded resource by logical name, with its dependencies resolved to their logical names.</summary>
    public async Task<IReadOnlyDictionary<string, ObservedOptions>> ResolveAsync()
    {
        var resolved = new Dictionary<string, ObservedOptions>(StringComparer.Ordinal);
        foreach (var (name, parent, dependsOn, ignoreChanges) in _seen)
        {
            var dependencies = await StackRun.ValueAsync(dependsOn);
            resolved.Add(name, new ObservedOptions(name, parent,
                dependencies.Select(resource => resource.GetResourceName()).ToHashSet(StringComparer.Ordinal),
                ignoreChanges.ToHashSet(StringComparer.Ordinal)));
        }

        return resolved;
    }
}
