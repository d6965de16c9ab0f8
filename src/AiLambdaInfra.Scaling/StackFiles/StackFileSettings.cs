using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>The settings a stack file holds, with every error located at its line.</summary>
public sealed record StackFileSettings(StackFile File, StackSettings? Settings, IReadOnlyList<StackFileError> Errors)
{
    public bool IsValid => Settings is not null && Errors.Count == 0;

    /// <summary>The most errors printed for one file; a broken or hostile file can break thousands of rules.</summary>
    public const int MaxListedErrors = 50;

    /// <summary>
    /// The errors to print, in line order: the first <see cref="MaxListedErrors"/>, then one line saying how many more
    /// there are, so that a megabyte of broken YAML cannot flood a terminal or a CI log.
    /// </summary>
    public IEnumerable<string> ListedErrors()
    {
        foreach (var error in Errors.Take(MaxListedErrors))
            yield return error.ToString();
        if (Errors.Count > MaxListedErrors)
            yield return Printable.Escape($"{File.FileName}: … and {Errors.Count - MaxListedErrors} more errors, not listed; fix these first and run `ailambda validate` again.");
    }

    /// <summary>
    /// Reads the file's project keys and checks them with exactly the rules <c>Program.cs</c> applies, and the namespaces
    /// of all its keys (a misspelt namespace, another project's file).
    /// </summary>
    public static StackFileSettings Read(StackFile file)
    {
        var result = StackSettingsLoader.Load(file.ProjectValues(), file.SecretKeys);
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
