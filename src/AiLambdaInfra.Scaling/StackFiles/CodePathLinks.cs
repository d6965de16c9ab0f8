using System.Text.Json;
using AiLambdaInfra.Scaling.Files;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Checks that <c>function.codePath</c>, with symbolic links followed, stays inside the project (the stack file's
/// folder, beside Pulumi.yaml). The pure rule checks how the path is written; a link inside the project could still
/// lead the package to any file the deployer can read, and only the file system can tell.
/// </summary>
public static class CodePathLinks
{
    private const string Key = "function.codePath";

    internal static IEnumerable<StackFileError> Check(StackFile file)
    {
        if (file.FullPath is null || file.IsSecret(Key)) yield break;
        if (!file.ProjectValues().TryGetValue("function", out var function) || function.ValueKind != JsonValueKind.Object
            || !function.TryGetProperty("codePath", out var value) || value.ValueKind != JsonValueKind.String)
            yield break;
        if (Problem(Path.GetDirectoryName(file.FullPath)!, value.GetString() ?? "") is { } problem)
            yield return new StackFileError(file.FileName, file.LineOf(Key), Key, problem);
    }

    /// <summary>
    /// Null when <paramref name="codePath"/>, relative to <paramref name="projectDirectory"/> and with links followed,
    /// stays inside it; otherwise the message. Paths written to leave the project are the pure rule's to report.
    /// </summary>
    public static string? Problem(string projectDirectory, string codePath)
    {
        if (codePath.Length == 0 || Path.IsPathRooted(codePath) || codePath.Contains('\0')) return null;
        var project = FilePaths.Real(projectDirectory);
        var target = FilePaths.Real(Path.Combine(project, codePath));
        if (target == project || target.StartsWith(project.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        return $"`{Key}` must stay inside the project, got {Printable.Quoted(codePath)}: a symbolic link on the way leads it outside, to '{Printable.Escape(target)}', so a stack file could package any file the deployer can read. Copy the zip into the project instead of linking to it.";
    }
}
