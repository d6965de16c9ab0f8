namespace AiLambdaInfra.Scaling.Settings;

/// <summary>How <c>ailambda forecast</c> and <c>ailambda plan</c> turn history into scheduled actions (config key <c>planner</c>).</summary>
public sealed record PlannerSettings
{
    /// <summary>Upper quantile of the forecast the plan covers, 0.5–0.99. Defaults to <see cref="Defaults.PlannerQuantile"/>.</summary>
    public double Quantile { get; init; } = Defaults.PlannerQuantile;

    /// <summary>
    /// Cold-start budget: the share of invocations, in percent (0.01–50), that may land on on-demand execution environments
    /// instead of provisioned concurrency. Defaults to <see cref="Defaults.SpillBudgetPercent"/>.
    /// </summary>
    public double SpillBudgetPercent { get; init; } = Defaults.SpillBudgetPercent;

    /// <summary>Minutes capacity is raised ahead of each rise, on top of the allocation time. Defaults to <see cref="Defaults.PlannerBufferMinutes"/>.</summary>
    public int BufferMinutes { get; init; } = Defaults.PlannerBufferMinutes;

    /// <summary>Minutes provisioned concurrency takes to become ready after a scale-out. Defaults to <see cref="Defaults.AllocationMinutes"/>.</summary>
    public int AllocationMinutes { get; init; } = Defaults.AllocationMinutes;

    /// <summary>Forecast horizon in hours, 1–168. Defaults to <see cref="Defaults.PlannerHorizonHours"/>.</summary>
    public int HorizonHours { get; init; } = Defaults.PlannerHorizonHours;

    /// <summary>Days of history used (more is accepted and trimmed to the newest). Defaults to <see cref="Defaults.PlannerHistoryDays"/>.</summary>
    public int HistoryDays { get; init; } = Defaults.PlannerHistoryDays;

    /// <summary>
    /// Most actions the planner may write. Together with the user's own actions it stays within the 200 per target
    /// AWS allows. Defaults to <see cref="Defaults.PlannerMaxActions"/>.
    /// </summary>
    public int MaxActions { get; init; } = Defaults.PlannerMaxActions;

    /// <summary>
    /// <c>weekly</c> (recurring cron actions), <c>horizon</c> (one-off <c>at</c> actions over the horizon) or <c>auto</c>
    /// (weekly when two weeks of history show a weekly pattern). Defaults to <see cref="Defaults.PlannerMode"/>.
    /// </summary>
    public string Mode { get; init; } = Defaults.PlannerMode;
}
