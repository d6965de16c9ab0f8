using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Components;

/// <summary>How the program and the component report settings that break the rules: one message, one error per line.</summary>
public static class SettingsErrors
{
    public static string Describe(IReadOnlyList<SettingsError> errors) =>
        $"The stack config is invalid ({errors.Count} {(errors.Count == 1 ? "error" : "errors")}); nothing was deployed:"
        + string.Concat(errors.Select(error => $"{Environment.NewLine}  - {error.Message}"));
}
