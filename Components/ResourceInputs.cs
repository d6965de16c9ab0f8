using System.Collections.Immutable;
using Pulumi;

namespace AiLambdaInfra.Components;

/// <summary>Conversions from plain collections to Pulumi inputs.</summary>
internal static class ResourceInputs
{
    public static InputMap<string> Map(IEnumerable<KeyValuePair<string, string>> values)
    {
        var map = new InputMap<string>();
        foreach (var (key, value) in values)
        {
            map.Add(key, value);
        }

        return map;
    }

    /// <summary>Pairs known at deploy time, such as dimensions computed from the deployed function name.</summary>
    public static InputMap<string> Map(Output<IReadOnlyList<KeyValuePair<string, string>>> pairs) =>
        pairs.Apply(values => values.ToImmutableDictionary(pair => pair.Key, pair => pair.Value));

    public static InputList<string> List(IEnumerable<string> values)
    {
        var list = new InputList<string>();
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }
}
