namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// A forecast and the day-ahead forecasts of the last days of its history, oldest first: each one day long, fitted on
/// the days before it only, its band calibrated on errors from before it only, as a nightly job would have made it.
/// </summary>
public sealed record ForecastReplay(Forecast Forecast, IReadOnlyList<Forecast> Days);
