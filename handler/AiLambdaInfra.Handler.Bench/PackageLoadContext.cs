using System.Reflection;
using System.Runtime.Loader;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>
/// Loads a function package in isolation, resolving managed and native dependencies through the package's own
/// deps.json, as the managed Lambda runtime does for the function assembly.
/// </summary>
public sealed class PackageLoadContext(string mainAssemblyPath) : AssemblyLoadContext("function-package")
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
