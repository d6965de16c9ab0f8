namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>Reads the <c>alarms</c> key; each alarm's omitted fields keep that alarm's default.</summary>
internal static class AlarmSettingsReader
{
    public static AlarmSettings Read(SettingsObjectReader r) => new()
    {
        TopicArn = r.OptionalString("topicArn"),
        Emails = r.StringList("emails"),
        Spillover = Rule(r, "spillover", Defaults.SpilloverAlarm),
        Throttles = Rule(r, "throttles", Defaults.ThrottlesAlarm),
        ErrorRate = Rule(r, "errorRate", Defaults.ErrorRateAlarm),
        Duration = Rule(r, "duration", Defaults.DurationAlarm),
        Utilization = Rule(r, "utilization", Defaults.UtilizationAlarm),
    };

    private static AlarmRule Rule(SettingsObjectReader r, string name, AlarmRule fallback) =>
        r.Object(name, fallback, a => new AlarmRule
        {
            Enabled = a.Bool("enabled", fallback.Enabled),
            Threshold = a.Double("threshold", fallback.Threshold),
            PeriodSeconds = a.Int("periodSeconds", fallback.PeriodSeconds),
            EvaluationPeriods = a.Int("evaluationPeriods", fallback.EvaluationPeriods),
            DatapointsToAlarm = a.Int("datapointsToAlarm", fallback.DatapointsToAlarm),
        });
}
