namespace AiLambdaInfra.Scaling.History;

/// <summary>How a history file is laid out.</summary>
public enum HistoryFormat
{
    /// <summary>The JSON that <c>aws cloudwatch get-metric-data</c> prints; several pages may follow one another in one file.</summary>
    CloudWatchJson,

    /// <summary>A header line, then <c>timestamp,value</c> rows, oldest first.</summary>
    Csv,
}
