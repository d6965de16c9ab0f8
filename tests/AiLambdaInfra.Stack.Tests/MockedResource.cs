using System.Collections.Immutable;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// One resource registration the mocks saw, with the order in which its registration started and completed
/// (a resource that depends on another can only start after that one completed).
/// </summary>
internal sealed record MockedResource(string Type, string Name, ImmutableDictionary<string, object> Inputs, long Started, long Completed)
{
    /// <summary>True when the input was set (unset inputs may be absent or null on the wire).</summary>
    public bool Has(string key) => Has(Inputs, key);

    public static bool Has(ImmutableDictionary<string, object> inputs, string key) => inputs.TryGetValue(key, out var value) && value is not null;

    public string String(string key) => (string)Inputs[key];

    public double Number(string key) => (double)Inputs[key];

    public ImmutableDictionary<string, object> Object(string key) => (ImmutableDictionary<string, object>)Inputs[key];

    public ImmutableArray<object> List(string key) => (ImmutableArray<object>)Inputs[key];
}
