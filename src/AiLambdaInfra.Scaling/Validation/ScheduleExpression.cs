using System.Globalization;
using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Schedules;

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

    /// <summary>
    /// A field is valid when <see cref="CronField"/> reads it, or when it is one of the day forms AWS allows beyond
    /// value lists: L, LW and nL / nW in day-of-month, dL and d#n in day-of-week.
    /// </summary>
    private static bool FieldIsValid(int index, string field) => index switch
    {
        0 => CronField.Parse(field, 0, 59) is not null,
        1 => CronField.Parse(field, 0, 23) is not null,
        2 => field is "L" or "LW" || DayOfMonthSpecial().IsMatch(field) && int.Parse(field[..^1], CultureInfo.InvariantCulture) is >= 1 and <= 31 || CronField.Parse(field, 1, 31) is not null,
        3 => CronField.Parse(field, 1, 12, CronField.MonthNames) is not null,
        4 => NthWeekday().IsMatch(field) || LastWeekday().IsMatch(field) || CronField.Parse(field, 1, 7, CronField.DayNames) is not null,
        _ => CronField.Parse(field, 1970, 2199) is not null,
    };

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

    [GeneratedRegex(@"^\d{1,2}[LW]$")]
    private static partial Regex DayOfMonthSpecial();

    [GeneratedRegex(@"^([1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)#[1-5]$", RegexOptions.IgnoreCase)]
    private static partial Regex NthWeekday();

    [GeneratedRegex(@"^([1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)L$", RegexOptions.IgnoreCase)]
    private static partial Regex LastWeekday();

    [GeneratedRegex(@"^rate\((?<value>\d{1,6}) (?<unit>minutes?|hours?|days?)\)$")]
    private static partial Regex Rate();
}
