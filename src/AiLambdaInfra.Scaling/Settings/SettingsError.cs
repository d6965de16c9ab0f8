namespace AiLambdaInfra.Scaling.Settings;

/// <summary>
/// One broken rule of the stack settings. <see cref="Key"/> is the setting's path below the project namespace
/// (<c>scaling.targetUtilization</c>, <c>scaling.scheduledActions[2].schedule</c>); <see cref="Message"/> names the key,
/// the rule and the value, and says how to fix it. Printed with control characters escaped.
/// </summary>
public sealed record SettingsError(string Key, string Message)
{
    public override string ToString() => Validation.Printable.Escape(Message);
}
