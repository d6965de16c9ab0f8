namespace AiLambdaInfra.Stack.Tests;

/// <summary>Hands Pulumi's test runner the one stack instance to construct, so the stack can take constructor arguments.</summary>
internal sealed class SingleServiceProvider(Func<ObservedStack> create) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(ObservedStack) ? create() : null;
}
