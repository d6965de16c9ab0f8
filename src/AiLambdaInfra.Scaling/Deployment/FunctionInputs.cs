using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// Inputs of the function that its settings imply rather than state.
/// https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
/// </summary>
public static class FunctionInputs
{
    /// <summary>CreateFunction's <c>PackageType</c> for a container image.</summary>
    public const string ImagePackage = "Image";

    /// <summary>CreateFunction's <c>PackageType</c> for a .zip archive.</summary>
    public const string ZipPackage = "Zip";

    /// <summary>
    /// SnapStart's <c>ApplyOn</c> value that snapshots each published version (the alias always points at one).
    /// https://docs.aws.amazon.com/lambda/latest/api/API_SnapStart.html
    /// </summary>
    public const string SnapStartOnPublishedVersions = "PublishedVersions";

    /// <summary><see cref="ImagePackage"/> when <c>function.imageUri</c> is set, else <see cref="ZipPackage"/>.</summary>
    public static string PackageType(FunctionSettings function) => function.IsImage ? ImagePackage : ZipPackage;

    /// <summary>
    /// <c>function.environment</c> in ordinal key order: a dictionary's order is not part of its contents, and the same
    /// settings must always give the same inputs.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables(FunctionSettings function) =>
        [.. function.Environment.OrderBy(pair => pair.Key, StringComparer.Ordinal)];
}
