using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// Pulumi mocks that fail on any resource type outside <see cref="ResourceTypes.Allowed"/> and on any provider call,
/// return the computed outputs the program reads, and record every registration in order. Registrations of the
/// capacity resources are held briefly, so a resource that does not wait for them visibly starts too early.
/// </summary>
internal sealed class StrictMocks : IMocks
{
    public const string SuffixHex = "0a1b2c3d";
    private const string Account = "123456789012";
    private const string Region = "eu-west-1";

    private static readonly IReadOnlySet<string> Held = new HashSet<string>
    {
        ResourceTypes.ProvisionedConcurrency, ResourceTypes.ScalableTarget, ResourceTypes.ScheduledAction,
    };

    private readonly ConcurrentBag<MockedResource> _registered = new();
    private long _clock;

    public IReadOnlyList<MockedResource> Registered => _registered.OrderBy(resource => resource.Started).ToList();

    public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var type = args.Type ?? "";
        if (!ResourceTypes.Allowed.Contains(type))
        {
            throw new InvalidOperationException($"The stack created a resource of unexpected type '{type}' named '{args.Name}'.");
        }

        var started = Interlocked.Increment(ref _clock);
        if (Held.Contains(type))
        {
            await Task.Delay(50);
        }

        var inputs = args.Inputs;
        var (id, state) = Outputs(type, args.Name ?? "", inputs);
        _registered.Add(new MockedResource(type, args.Name ?? "", inputs, started, Interlocked.Increment(ref _clock)));
        return (id, state);
    }

    public Task<object> CallAsync(MockCallArgs args) =>
        throw new InvalidOperationException($"The stack made an unexpected provider call '{args.Token}'.");

    private static (string? Id, object State) Outputs(string type, string name, ImmutableDictionary<string, object> inputs)
    {
        string Input(string key) => inputs.TryGetValue(key, out var value) ? (string)value : name;
        var state = inputs.ToBuilder();
        string? id = name + "-id";
        switch (type)
        {
            case ResourceTypes.Component:
                return (null, inputs);
            case ResourceTypes.RandomId:
                state["hex"] = SuffixHex;
                break;
            case ResourceTypes.Role:
                state["name"] = Input("name");
                state["arn"] = $"arn:aws:iam::{Account}:role/{state["name"]}";
                break;
            case ResourceTypes.LogGroup:
                state["arn"] = $"arn:aws:logs:{Region}:{Account}:log-group:{Input("name")}";
                break;
            case ResourceTypes.Function:
                state["arn"] = $"arn:aws:lambda:{Region}:{Account}:function:{Input("name")}";
                state["version"] = "3";
                id = Input("name");
                break;
            case ResourceTypes.Alias:
                state["arn"] = $"arn:aws:lambda:{Region}:{Account}:function:{Input("functionName")}:{Input("name")}";
                break;
            case ResourceTypes.ScalableTarget:
                id = Input("resourceId");
                state["arn"] = $"arn:aws:application-autoscaling:{Region}:{Account}:scalable-target/{name}";
                break;
            case ResourceTypes.Topic:
                state["arn"] = $"arn:aws:sns:{Region}:{Account}:{Input("name")}";
                break;
            case ResourceTypes.MetricAlarm:
                state["arn"] = $"arn:aws:cloudwatch:{Region}:{Account}:alarm:{Input("name")}";
                break;
        }

        return (id, state.ToImmutable());
    }
}
