namespace AiLambdaInfra.Scaling.History;

/// <summary>The series read from a history file, or every error found in it.</summary>
public sealed record HistoryReadResult(DemandSeries? Series, IReadOnlyList<HistoryError> Errors)
{
    public bool IsValid => Series is not null && Errors.Count == 0;
}
