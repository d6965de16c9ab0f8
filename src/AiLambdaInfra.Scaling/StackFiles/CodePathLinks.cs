using System.Text.Json;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Checks that <c>function.codePath</c>, with symbolic links followed, stays inside the project (the stack file's
/// folder, beside Pulumi.yaml). The pure rule checks how the path is written; a link inside the project could still
/// lead the package to any file the deployer can read, and only the file system can tell.
/// </summary>
internal static class CodePathLinks
{
    private const string Key = "function.codePath";

    public static IEnumerable<StackFileError> Check(StackFile file)
    {
        if (file.FullPath is null || file.IsSecret(Key)) yield break;
        if (!file.ProjectValues().TryGetValue("function", out var function) || function.ValueKind != JsonValueKind.Object
            || !function.TryGetProperty("codePath", out var value) || value.ValueKind != JsonValueKind.String)
            yield break;
        var codePath = value.GetString() ?? "";
        if (codePath.Length == 0 || Path.IsPathRooted(codePath) || codePath.Contains('\0')) yield break;

        var project = FilePaths.Real(Path.GetDirectoryName(file.FullPath)!);
        var target = FilePaths.Real(Path.Combine(project, codePath));
        if (target == project || target.StartsWith(project.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            yield break;
        yield return new StackFileError(file.FileName, file.LineOf(Key), Key,
            $"`{Key}` must stay inside the project, got {Printable.Quoted(codePath)}: a symbolic link on the way leads it outside, to '{Printable.Escape(target)}', so a stack file could package any file the deployer can read. Copy the zip into the project instead of linking to it.");
    }
}
