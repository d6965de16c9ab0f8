namespace AiLambdaInfra.Scaling.Settings;

/// <summary>The settings of one stack, or every reason they cannot be used.</summary>
public sealed record SettingsLoadResult(StackSettings? Settings, IReadOnlyList<SettingsError> Errors)
{
    public bool IsValid => Settings is not null && Errors.Count == 0;
}
