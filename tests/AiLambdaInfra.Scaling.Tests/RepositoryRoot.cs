namespace AiLambdaInfra.Scaling.Tests;

/// <summary>The repository's root folder, found by walking up from the test binaries to Pulumi.yaml.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pulumi.yaml")))
                return dir.FullName;
        throw new InvalidOperationException("Pulumi.yaml not found above the test binaries: run the tests from the repository.");
    }
}
