using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>
/// One run of a program under <see cref="StrictMocks"/>: what it registered, with which options, and its stack outputs.
/// </summary>
internal sealed record StackRun(IReadOnlyList<MockedResource> Resources, IReadOnlyDictionary<string, ObservedOptions> Options, IDictionary<string, object?> Outputs)
{
    public static Task<StackRun> ForStackFileAsync(string stack) => RunAsync(stack, StackConfigFile.Load(stack));

    public static Task<StackRun> RunAsync(string stack, IReadOnlyDictionary<string, string> config) => RunAsync(stack, config, Program.DefineStack);

    /// <summary>Runs <paramref name="program"/> in a stack whose transformation records every resource's options.</summary>
    public static async Task<StackRun> RunAsync(string stack, IReadOnlyDictionary<string, string> config, Func<IDictionary<string, object?>> program)
    {
        var mocks = new StrictMocks();
        var recorder = new OptionsRecorder();
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", StackConfigFile.ToPulumiConfigJson(config));
        try
        {
            var options = new TestOptions { ProjectName = StackConfigFile.ProjectName, StackName = stack, IsPreview = false };
            var resources = await Pulumi.Deployment.TestWithServiceProviderAsync<ObservedStack>(
                mocks, new SingleServiceProvider(() => new ObservedStack(recorder, program)), options);
            var outputs = resources.OfType<ObservedStack>().Single().ProgramOutputs;
            return new StackRun(mocks.Registered, await recorder.ResolveAsync(), outputs);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
        }
    }

    public static async Task<IDictionary<string, object?>> RunWithMocksAsync(
        string stack, IReadOnlyDictionary<string, string> config, IMocks mocks, Func<IDictionary<string, object?>> program)
    {
        // The deployment reads its config from the environment when it is created, as under `pulumi up`.
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", StackConfigFile.ToPulumiConfigJson(config));
        try
        {
            var options = new TestOptions { ProjectName = StackConfigFile.ProjectName, StackName = stack, IsPreview = false };
            var (_, outputs) = await Pulumi.Deployment.TestAsync(mocks, options, program);
            return outputs;
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
        }
    }

    public IReadOnlyList<MockedResource> OfType(string type) => Resources.Where(resource => resource.Type == type).ToList();

    public MockedResource Single(string type) => Assert.Single(OfType(type));

    public MockedResource Single(string type, Func<MockedResource, bool> predicate) => Assert.Single(OfType(type), resource => predicate(resource));

    /// <summary>The deployed function's physical name, as the function resource received it.</summary>
    public string FunctionName => Single(ResourceTypes.Function).String("name");

    public string AliasName => Single(ResourceTypes.Alias).String("name");

    public static async Task<T> ValueAsync<T>(Output<T> output)
    {
        var completion = new TaskCompletionSource<T>();
        output.Apply(value =>
        {
            completion.SetResult(value);
            return value;
        });
        return await completion.Task;
    }
}
