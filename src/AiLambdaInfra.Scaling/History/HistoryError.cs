using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// One problem in a history file: where it is (line, or JSON path when the file is JSON) and what to do. Printed with
/// control characters escaped, since it may echo bytes of the file.
/// </summary>
public sealed record HistoryError(string File, int? Line, string? Location, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        if (Location is not null) where += $" ({Location})";
        return Printable.Escape($"{where}: {Message}");
    }
}
