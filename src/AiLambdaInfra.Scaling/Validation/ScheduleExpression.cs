using System.Globalization;
using System.Text.RegularExpressions;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Checks Application Auto Scaling schedule expressions: <c>at(yyyy-mm-ddThh:mm:ss)</c>, <c>rate(value unit)</c> and
/// <c>cron(minutes hours day-of-month month day-of-week year)</c> with <c>?</c> in exactly one of the two day fields.
/// https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
/// </summary>
public static partial class ScheduleExpression
{
    private static readonly string[] FieldNames = ["minutes", "hours", "day-of-month", "month", "day-of-week", "year"];

    /// <summary>Null when the expression is valid; otherwise the end of a sentence starting with the key, e.g. "must be …, got …".</summary>
    public static string? Check(string expression)
    {
        if (expression.StartsWith("cron(", StringComparison.Ordinal) && expression.EndsWith(')'))
            return CheckCron(expression, expression[5..^1]);
        if (expression.StartsWith("at(", StringComparison.Ordinal) && expression.EndsWith(')'))
            return DateTime.TryParseExact(expression[3..^1], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : $"must be at(yyyy-mm-ddThh:mm:ss), got \"{expression}\".";
        if (expression.StartsWith("rate(", StringComparison.Ordinal) && expression.EndsWith(')'))
            return CheckRate(expression);
        return $"must be cron(...), at(...) or rate(...), got \"{expression}\".";
    }

    private static string? CheckCron(string expression, string body)
    {
        var fields = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
            return $"must be cron(minutes hours day-of-month month day-of-week year) with 6 fields, got \"{expression}\" with {fields.Length}.";
        var questionMarks = (fields[2] == "?" ? 1 : 0) + (fields[4] == "?" ? 1 : 0);
        if (questionMarks != 1)
            return $"must have ? in exactly one of day-of-month and day-of-week, got \"{expression}\". For example cron(0 8 ? * MON-FRI *).";
        for (var i = 0; i < fields.Length; i++)
            if (!FieldIsValid(i, fields[i]))
                return $"has an invalid {FieldNames[i]} field \"{fields[i]}\" in \"{expression}\".";
        return null;
    }

    private static bool FieldIsValid(int index, string field) => index switch
    {
        0 => ListOf(field, 0, 59),
        1 => ListOf(field, 0, 23),
        2 => field is "?" or "L" or "LW" || DayOfMonthSpecial().IsMatch(field) && int.Parse(field[..^1], CultureInfo.InvariantCulture) is >= 1 and <= 31 || ListOf(field, 1, 31),
        3 => ListOf(ReplaceNames(field, MonthNames), 1, 12),
        4 => field == "?" || NthWeekday().IsMatch(ReplaceNames(field, DayNames)) || LastWeekday().IsMatch(ReplaceNames(field, DayNames)) || ListOf(ReplaceNames(field, DayNames), 1, 7),
        _ => ListOf(field, 1970, 2199),
    };

    /// <summary>A comma-separated list of *, n, n-m, */s, n/s or n-m/s with every number in [min, max].</summary>
    private static bool ListOf(string field, int min, int max)
    {
        foreach (var part in field.Split(','))
        {
            var match = RangePart().Match(part);
            if (!match.Success) return false;
            foreach (var group in new[] { match.Groups["from"], match.Groups["to"] })
                if (group.Success && int.Parse(group.Value, CultureInfo.InvariantCulture) is var n && (n < min || n > max))
                    return false;
            if (match.Groups["from"].Success && match.Groups["to"].Success &&
                int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture) > int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture))
                return false;
            if (match.Groups["step"].Success && int.Parse(match.Groups["step"].Value, CultureInfo.InvariantCulture) == 0)
                return false;
        }
        return true;
    }

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private static string ReplaceNames(string field, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
            field = field.Replace(names[i], (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        return field;
    }

    private static string? CheckRate(string expression)
    {
        var match = Rate().Match(expression);
        if (!match.Success)
            return $"must be rate(<value> <unit>) with unit minute(s), hour(s) or day(s), got \"{expression}\".";
        var value = int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        var plural = match.Groups["unit"].Value.EndsWith('s');
        if (value == 0)
            return $"must have a rate value of at least 1, got \"{expression}\".";
        if (value == 1 == plural)
            return $"must use a singular unit for 1 and a plural unit otherwise (rate(1 hour), rate(5 hours)), got \"{expression}\".";
        return null;
    }

    [GeneratedRegex(@"^(?:\*|(?<from>\d{1,4})(?:-(?<to>\d{1,4}))?)(?:/(?<step>\d{1,4}))?$")]
    private static partial Regex RangePart();

    [GeneratedRegex(@"^\d{1,2}[LW]$")]
    private static partial Regex DayOfMonthSpecial();

    [GeneratedRegex(@"^[1-7]#[1-5]$")]
    private static partial Regex NthWeekday();

    [GeneratedRegex(@"^[1-7]L$")]
    private static partial Regex LastWeekday();

    [GeneratedRegex(@"^rate\((?<value>\d{1,6}) (?<unit>minutes?|hours?|days?)\)$")]
    private static partial Regex Rate();
}
