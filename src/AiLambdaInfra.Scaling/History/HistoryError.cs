namespace AiLambdaInfra.Scaling.History;

/// <summary>One problem in a history file: where it is (line, or JSON path when the file is JSON) and what to do.</summary>
public sealed record HistoryError(string File, int? Line, string? Location, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        if (Location is not null) where += $" ({Location})";
        return $"{where}: {Message}";
    }
}
