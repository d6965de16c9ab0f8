namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>The history (after trimming to the days used and to the forecast start) is too short to forecast from.</summary>
public sealed class InsufficientHistoryException(string message) : Exception(message);
