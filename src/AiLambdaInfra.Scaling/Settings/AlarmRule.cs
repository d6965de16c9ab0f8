namespace AiLambdaInfra.Scaling.Settings;

/// <summary>
/// When one alarm fires: <see cref="DatapointsToAlarm"/> of the last <see cref="EvaluationPeriods"/> periods of
/// <see cref="PeriodSeconds"/> seconds breach <see cref="Threshold"/> (the unit depends on the alarm).
/// Every field an alarm's YAML leaves out keeps that alarm's default.
/// </summary>
public sealed record AlarmRule
{
    /// <summary>Whether the alarm exists.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Threshold in the alarm's unit (count, per cent, fraction of timeout, utilization, share of requests). Null only
    /// where the alarm derives its threshold from another setting (the spillover alarm takes <c>planner.spillBudgetPercent</c>).
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>Period in seconds: 10, 20, 30 or a multiple of 60.</summary>
    public int PeriodSeconds { get; init; } = 60;

    /// <summary>How many periods are evaluated.</summary>
    public int EvaluationPeriods { get; init; } = 1;

    /// <summary>How many of them must breach; at most <see cref="EvaluationPeriods"/>.</summary>
    public int DatapointsToAlarm { get; init; } = 1;
}
