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
        RejectedPayloads = Rule(r, "rejectedPayloads", Defaults.RejectedPayloadsAlarm),
        Dashboard = r.Bool("dashboard", Defaults.Dashboard),
    };

    private static AlarmRule Rule(SettingsObjectReader r, string name, AlarmRule fallback) =>
        r.Object(name, fallback, a => new AlarmRule
        {
            Enabled = a.Bool("enabled", fallback.Enabled),
            Threshold = Threshold(a, fallback.Threshold),
            PeriodSeconds = a.Int("periodSeconds", fallback.PeriodSeconds),
            EvaluationPeriods = a.Int("evaluationPeriods", fallback.EvaluationPeriods),
            DatapointsToAlarm = a.Int("datapointsToAlarm", fallback.DatapointsToAlarm),
        });

    /// <summary>The given threshold, else the default; a default of null (derived elsewhere) stays null.</summary>
    private static double? Threshold(SettingsObjectReader a, double? fallback)
    {
        var value = a.Double("threshold", fallback ?? double.NaN);
        return double.IsNaN(value) ? null : value;
    }
}
