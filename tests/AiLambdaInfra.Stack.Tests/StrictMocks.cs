using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// Pulumi mocks that fail on any resource type outside <see cref="ResourceTypes.Allowed"/> and on any provider call but
/// the region look-up, return the computed outputs the program reads, and record every registration in order.
/// Registrations of the capacity resources are held briefly, so a resource that does not wait for them visibly starts too early.
/// </summary>
internal sealed class StrictMocks : IMocks
{
    public const string Account = "123456789012";

    /// <summary>The provider's region, answered to <c>aws:index/getRegion:getRegion</c>.</summary>
    public const string ProviderRegion = "eu-west-1";

    private const string Region = ProviderRegion;
    private const string GetRegionToken = "aws:index/getRegion:getRegion";

    /// <summary>The hex a random id of this logical name gets: 8 hex digits of its SHA-256, distinct per component like real ones.</summary>
    public static string SuffixHex(string logicalName) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(logicalName)))[..8].ToLowerInvariant();

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

    public Task<object> CallAsync(MockCallArgs args) => args.Token == GetRegionToken
        ? Task.FromResult<object>(new Dictionary<string, object>
        {
            ["description"] = "Europe (Ireland)", ["endpoint"] = $"ec2.{ProviderRegion}.amazonaws.com", ["id"] = ProviderRegion,
            ["name"] = ProviderRegion, ["region"] = ProviderRegion,
        })
        : throw new InvalidOperationException($"The stack made an unexpected provider call '{args.Token}'.");

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
                state["hex"] = SuffixHex(name);
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
