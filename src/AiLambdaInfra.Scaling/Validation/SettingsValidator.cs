using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Every rule a stack's settings must keep before any resource is created. Pure: settings in, errors out,
/// all of them at once.
/// </summary>
public static class SettingsValidator
{
    public static IReadOnlyList<SettingsError> Validate(StackSettings settings)
    {
        var errors = new RuleErrors();
        FunctionRules.Check(settings, errors);
        ScalingRules.Check(settings, errors);
        ScheduledActionRules.Check(settings, errors);
        AlarmRules.Check(settings.Alarms, errors);
        PlannerRules.Check(settings, errors);
        TagRules.Check(settings.Tags, errors);
        return errors.ToList();
    }
}
