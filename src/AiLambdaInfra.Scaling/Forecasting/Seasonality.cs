namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>Which cycles a forecast uses.</summary>
public enum Seasonality
{
    /// <summary>A daily profile only (less than two weeks of history).</summary>
    Daily,

    /// <summary>A daily profile plus a day-of-week × hour adjustment (two weeks or more).</summary>
    Weekly,
}
