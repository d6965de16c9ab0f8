using AiLambdaInfra.Scaling.Settings;
using NodaTime;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>What to forecast.</summary>
public sealed record ForecastOptions
{
    /// <summary>First instant forecast. Defaults to none: the end of the history, rounded up to 5 minutes. History at or after it is ignored.</summary>
    public Instant? Start { get; init; }

    /// <summary>How far ahead to forecast, up to <see cref="ForecastLimits.MaximumHorizon"/>. Defaults to <see cref="Defaults.PlannerHorizonHours"/> hours.</summary>
    public Duration Horizon { get; init; } = Duration.FromHours(Defaults.PlannerHorizonHours);

    /// <summary>Upper quantile of the band, 0.5–0.99. Defaults to <see cref="Defaults.PlannerQuantile"/>.</summary>
    public double Quantile { get; init; } = Defaults.PlannerQuantile;

    /// <summary>Newest days of history used. Defaults to <see cref="Defaults.PlannerHistoryDays"/>.</summary>
    public int HistoryDays { get; init; } = Defaults.PlannerHistoryDays;

    /// <summary>IANA time zone whose wall clock the daily and weekly profiles follow. Defaults to <see cref="Defaults.Timezone"/>.</summary>
    public string Timezone { get; init; } = Defaults.Timezone;

    /// <summary>Options from a stack's planner settings, in the stack's time zone.</summary>
    public static ForecastOptions From(PlannerSettings planner, Instant? start = null, string timezone = Defaults.Timezone) => new()
    {
        Timezone = timezone,
        Start = start,
        Horizon = Duration.FromHours(planner.HorizonHours),
        Quantile = planner.Quantile,
        HistoryDays = planner.HistoryDays,
    };
}
