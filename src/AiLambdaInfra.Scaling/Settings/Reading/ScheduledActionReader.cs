namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>Reads one item of <c>scaling.scheduledActions</c> or <c>plannedActions</c>.</summary>
internal static class ScheduledActionReader
{
    public static ScheduledActionSettings Read(SettingsObjectReader r)
    {
        var name = r.OptionalString("name");
        var schedule = r.OptionalString("schedule");
        if (name is null)
            r.Error("name", $"`{r.PathOf("name")}` is required: give the action a name unique on the target, e.g. weekday-morning.");
        if (schedule is null)
            r.Error("schedule", $"`{r.PathOf("schedule")}` is required: cron(m h dom mon dow year), at(yyyy-mm-ddThh:mm:ss) or rate(n unit).");
        return new ScheduledActionSettings
        {
            Name = name ?? "",
            Schedule = schedule ?? "",
            Timezone = r.OptionalString("timezone"),
            StartTime = r.OptionalTimestamp("startTime"),
            EndTime = r.OptionalTimestamp("endTime"),
            Min = r.OptionalInt("min"),
            Max = r.OptionalInt("max"),
        };
    }
}
