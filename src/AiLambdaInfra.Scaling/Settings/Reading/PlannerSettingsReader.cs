namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>Reads the <c>planner</c> key.</summary>
internal static class PlannerSettingsReader
{
    public static PlannerSettings Read(SettingsObjectReader r) => new()
    {
        Quantile = r.Double("quantile", Defaults.PlannerQuantile),
        SpillBudgetPercent = r.Double("spillBudgetPercent", Defaults.SpillBudgetPercent),
        BufferMinutes = r.Int("bufferMinutes", Defaults.PlannerBufferMinutes),
        AllocationMinutes = r.Int("allocationMinutes", Defaults.AllocationMinutes),
        HorizonHours = r.Int("horizonHours", Defaults.PlannerHorizonHours),
        HistoryDays = r.Int("historyDays", Defaults.PlannerHistoryDays),
        MaxActions = r.Int("maxActions", Defaults.PlannerMaxActions),
        Mode = r.String("mode", Defaults.PlannerMode),
    };
}
