using System.Globalization;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>Collects broken rules and words the common ones the same way everywhere.</summary>
internal sealed class RuleErrors(IReadOnlySet<string>? secrets = null)
{
    private readonly List<SettingsError> _errors = [];

    /// <summary>
    /// A broken rule on the value at <paramref name="key"/>; dropped when that value is a <c>secure:</c> one read offline,
    /// whose content (<c>[secret]</c>) is not the value Pulumi decrypts, so no rule on it can be checked here.
    /// </summary>
    public void Add(string key, string message)
    {
        if (secrets is null || !secrets.Contains(key)) AddAboutName(key, message);
    }

    /// <summary>A broken rule on the name of the key itself (a reserved variable), which a secret value does not hide.</summary>
    public void AddAboutName(string key, string message) => _errors.Add(new SettingsError(key, message));

    /// <summary>"`key` must be between min and max, got value." plus an optional way to fix it.</summary>
    public void Range(string key, double value, double min, double max, string fix = "")
    {
        if (value >= min && value <= max) return;
        Add(key, $"`{key}` must be between {Format(min)} and {Format(max)}, got {Format(value)}.{Suffix(fix)}");
    }

    /// <summary>"`key` must be one of a, b, got \"value\"."</summary>
    public void OneOf(string key, string value, IEnumerable<string> allowed)
    {
        var options = allowed.ToList();
        if (options.Contains(value, StringComparer.Ordinal)) return;
        Add(key, $"`{key}` must be one of {string.Join(", ", options)}, got {Printable.Quoted(value)}.");
    }

    public List<SettingsError> ToList() => [.. _errors];

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Suffix(string fix) => fix.Length == 0 ? "" : " " + fix;
}
