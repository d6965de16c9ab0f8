using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Every rule a stack's settings must keep before any resource is created. Pure: settings in, errors out,
/// all of them at once.
/// </summary>
public static class SettingsValidator
{
    /// <summary>
    /// The broken rules of <paramref name="settings"/>. <paramref name="secretKeys"/> are the paths of <c>secure:</c> values
    /// read offline (as <c>[secret]</c>): rules on their content are skipped, since only Pulumi can decrypt them.
    /// </summary>
    public static IReadOnlyList<SettingsError> Validate(StackSettings settings, IReadOnlySet<string>? secretKeys = null)
    {
        var errors = new RuleErrors(secretKeys);
        FunctionRules.Check(settings, errors);
        ScalingRules.Check(settings, errors);
        ScheduledActionRules.Check(settings, errors);
        AlarmRules.Check(settings.Alarms, errors);
        PlannerRules.Check(settings, errors);
        TagRules.Check(settings.Tags, errors);
        return errors.ToList();
    }
}
