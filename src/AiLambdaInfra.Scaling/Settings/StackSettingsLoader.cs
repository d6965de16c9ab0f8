using System.Text.Json;
using AiLambdaInfra.Scaling.Settings.Reading;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.Settings;

/// <summary>
/// Turns the project's config values into <see cref="StackSettings"/> and checks every rule. <c>Program.cs</c>
/// (through Pulumi config) and <c>ailambda validate</c> (through the stack file) both call this, so they cannot disagree.
/// </summary>
public static class StackSettingsLoader
{
    /// <summary>The config namespace of the project: keys are written <c>ai-lambda-infra:&lt;key&gt;</c>.</summary>
    public const string ConfigNamespace = "ai-lambda-infra";

    /// <summary>The structured keys the project reads, without the namespace.</summary>
    public static readonly IReadOnlyList<string> Keys = ["function", "scaling", "alarms", "planner", "plannedActions", "plannedStatistic", "tags"];

    /// <summary>The statistics target tracking can use, as <c>scaling.statistic</c> and <c>plannedStatistic</c> take them.</summary>
    public static readonly IReadOnlyList<string> Statistics = ["Average", "Maximum"];

    /// <summary>
    /// Reads and validates. <paramref name="values"/> holds the project's keys without the namespace, each as the JSON
    /// of its value; absent keys take their defaults. Returns all errors at once. <paramref name="secretKeys"/>: see
    /// <see cref="SettingsValidator.Validate"/> (a stack file read offline; Pulumi hands a program its secrets decrypted).
    /// </summary>
    public static SettingsLoadResult Load(IReadOnlyDictionary<string, JsonElement> values, IReadOnlySet<string>? secretKeys = null)
    {
        var errors = new List<SettingsError>();
        foreach (var key in values.Keys.Where(k => !Keys.Contains(k)).Order(StringComparer.Ordinal))
        {
            var suggestion = KeySuggestion.Closest(key, Keys);
            var hint = suggestion is null ? "" : $" Did you mean `{ConfigNamespace}:{suggestion}`?";
            errors.Add(new SettingsError(key,
                $"`{ConfigNamespace}:{key}` is not a setting of this project.{hint} Known keys: {string.Join(", ", Keys.Select(k => $"{ConfigNamespace}:{k}"))}."));
        }

        var settings = new StackSettings
        {
            Function = Section(values, "function", new FunctionSettings(), FunctionSettingsReader.Read, errors),
            Scaling = WithPlannedStatistic(values, Section(values, "scaling", new ScalingSettings(), ScalingSettingsReader.Read, errors), secretKeys, errors),
            Alarms = Section(values, "alarms", new AlarmSettings(), AlarmSettingsReader.Read, errors),
            Planner = Section(values, "planner", new PlannerSettings(), PlannerSettingsReader.Read, errors),
            PlannedActions = values.TryGetValue("plannedActions", out var planned) && planned.ValueKind != JsonValueKind.Null
                ? SettingsObjectReader.ReadObjectList(planned, "plannedActions", errors, ScheduledActionReader.Read)
                : [],
            Tags = Section(values, "tags", new Dictionary<string, string>(), ReadTags, errors),
        };

        // Rules are checked only on what could be read: a mistyped value already has its error,
        // and its fallback must not produce a second, misleading one.
        errors.AddRange(SettingsValidator.Validate(settings, secretKeys).Where(e => !errors.Any(read => read.Key == e.Key)));
        return errors.Count == 0 ? new SettingsLoadResult(settings, []) : new SettingsLoadResult(null, errors);
    }

    /// <summary>
    /// <paramref name="scaling"/> with the planner's statistic (<c>plannedStatistic</c>, written by <c>ailambda plan</c>)
    /// where the stack leaves <c>scaling.statistic</c> unset. A stack that sets it owns it, and a planner's value beside
    /// it would be silently ignored, so that is an error that says which one to remove.
    /// </summary>
    private static ScalingSettings WithPlannedStatistic(IReadOnlyDictionary<string, JsonElement> values, ScalingSettings scaling, IReadOnlySet<string>? secretKeys, List<SettingsError> errors)
    {
        if (!values.TryGetValue("plannedStatistic", out var value) || value.ValueKind == JsonValueKind.Null) return scaling;
        if (secretKeys?.Contains("plannedStatistic") == true)
        {
            errors.Add(new SettingsError("plannedStatistic",
                $"`{ConfigNamespace}:plannedStatistic` is a `secure:` value, but `ailambda plan` writes it as plain text and reads it back; delete the line and plan again."));
            return scaling;
        }
        var planned = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (planned is null || !Statistics.Contains(planned))
        {
            errors.Add(new SettingsError("plannedStatistic",
                $"`{ConfigNamespace}:plannedStatistic` must be one of {string.Join(", ", Statistics)}, got {SettingsObjectReader.Describe(value)}. It is written by `ailambda plan`; delete the line and plan again."));
            return scaling;
        }
        if (scaling.StatisticPinned)
        {
            errors.Add(new SettingsError("plannedStatistic",
                $"`{ConfigNamespace}:plannedStatistic` ({planned}) is the planner's choice for a stack that leaves `scaling.statistic` unset, but this stack sets `scaling.statistic: {scaling.Statistic}`. "
                + "Delete `plannedStatistic` to keep your statistic, or delete `scaling.statistic` to let the planner choose."));
            return scaling;
        }
        return scaling with { Statistic = planned };
    }

    private static T Section<T>(IReadOnlyDictionary<string, JsonElement> values, string key, T fallback,
        Func<SettingsObjectReader, T> read, List<SettingsError> errors)
    {
        if (!values.TryGetValue(key, out var value) || value.ValueKind == JsonValueKind.Null)
            return fallback;
        var reader = SettingsObjectReader.Open(value, key, errors);
        if (reader is null) return fallback;
        var result = read(reader);
        reader.Complete();
        return result;
    }

    private static IReadOnlyDictionary<string, string> ReadTags(SettingsObjectReader reader) => reader.WholeAsStringMap();
}
