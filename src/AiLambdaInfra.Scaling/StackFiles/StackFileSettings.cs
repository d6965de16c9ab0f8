using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>The settings a stack file holds, with every error located at its line.</summary>
public sealed record StackFileSettings(StackFile File, StackSettings? Settings, IReadOnlyList<StackFileError> Errors)
{
    public bool IsValid => Settings is not null && Errors.Count == 0;

    /// <summary>
    /// Reads the file's project keys and checks them with exactly the rules <c>Program.cs</c> applies, and the namespaces
    /// of all its keys (a misspelt namespace, another project's file).
    /// </summary>
    public static StackFileSettings Read(StackFile file)
    {
        var result = StackSettingsLoader.Load(file.ProjectValues());
        var errors = result.Errors
            .Select(e => new StackFileError(file.FileName, file.LineOf(e.Key), e.Key, e.Message))
            .Concat(ConfigNamespaces.Check(file))
            .Concat(RegionRule.Check(file))
            .Concat(CodePathLinks.Check(file))
            .OrderBy(e => e.Line ?? 0)
            .ToList();
        return new StackFileSettings(file, errors.Count == 0 ? result.Settings : null, errors);
    }
}
