using System.Globalization;
using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Schedules;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Checks Application Auto Scaling schedule expressions: <c>at(yyyy-mm-ddThh:mm:ss)</c>, <c>rate(value unit)</c> and
/// <c>cron(minutes hours day-of-month month day-of-week year)</c> with <c>?</c> in exactly one of the two day fields.
/// Every expression accepted here is one <see cref="Planning.ScheduleExpander"/> expands.
/// https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
/// </summary>
public static partial class ScheduleExpression
{
    private static readonly string[] FieldNames = ["minutes", "hours", "day-of-month", "month", "day-of-week", "year"];

    /// <summary>What each field may hold, as the fix in a message (see <see cref="CronField"/>).</summary>
    private static readonly string[] FieldForms =
    [
        "0-59, a list (0,30), a range (0-29) or a step (*/15)",
        "0-23, a list, a range or a step (*/2)",
        "1-31, ? when day-of-week is set, L (last day), LW or nW (nearest weekday), with lists, ranges and steps",
        "1-12 or JAN-DEC, with lists, ranges and steps",
        "1-7 or SUN-SAT, ? when day-of-month is set, L, dL (last weekday d) or d#n (n-th weekday d), with lists, ranges and steps",
        $"{CronField.FirstYear}-{CronField.LastYear} or *, with lists, ranges and steps",
    ];

    /// <summary>Null when the expression is valid; otherwise the end of a sentence starting with the key, e.g. "must be …, got …".</summary>
    public static string? Check(string expression)
    {
        if (expression.StartsWith("cron(", StringComparison.Ordinal) && expression.EndsWith(')'))
            return CheckCron(expression, expression[5..^1]);
        if (expression.StartsWith("at(", StringComparison.Ordinal) && expression.EndsWith(')'))
        {
            if (!DateTime.TryParseExact(expression[3..^1], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                return $"must be at(yyyy-mm-ddThh:mm:ss), got {Printable.Quoted(expression)}.";
            return at.Year is >= CronField.FirstYear and <= CronField.LastYear
                ? null
                : $"must name a year from {CronField.FirstYear} to {CronField.LastYear}, as cron's year field does, got {Printable.Quoted(expression)}.";
        }
        if (expression.StartsWith("rate(", StringComparison.Ordinal) && expression.EndsWith(')'))
            return CheckRate(expression);
        return $"must be cron(...), at(...) or rate(...), got {Printable.Quoted(expression)}.";
    }

    private static string? CheckCron(string expression, string body)
    {
        var fields = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
            return $"must be cron(minutes hours day-of-month month day-of-week year) with 6 fields, got {Printable.Quoted(expression)} with {fields.Length}.";
        var questionMarks = (fields[2] == "?" ? 1 : 0) + (fields[4] == "?" ? 1 : 0);
        if (questionMarks != 1)
            return $"must have ? in exactly one of day-of-month and day-of-week, got {Printable.Quoted(expression)}. For example cron(0 8 ? * MON-FRI *).";
        for (var i = 0; i < fields.Length; i++)
            if (!FieldIsValid(i, fields[i]))
                return $"has an invalid {FieldNames[i]} field {Printable.Quoted(fields[i])} in {Printable.Quoted(expression)}: use {FieldForms[i]}, as in cron(0 8 ? * MON-FRI *).";
        return null;
    }

    /// <summary>A field is valid when <see cref="CronField"/> reads it: the expander reads it the same way, so it expands.</summary>
    private static bool FieldIsValid(int index, string field) => index switch
    {
        0 => CronField.Parse(field, 0, 59) is not null,
        1 => CronField.Parse(field, 0, 23) is not null,
        2 => CronField.DayOfMonth(field) is not null,
        3 => CronField.Parse(field, 1, 12, CronField.MonthNames) is not null,
        4 => CronField.DayOfWeek(field) is not null,
        _ => CronField.Parse(field, CronField.FirstYear, CronField.LastYear) is not null,
    };

    private static string? CheckRate(string expression)
    {
        var match = Rate().Match(expression);
        if (!match.Success)
            return $"must be rate(<value> <unit>) with unit minute(s), hour(s) or day(s), got {Printable.Quoted(expression)}.";
        if (match.Groups["value"].Value.TrimStart('0').Length > MaxRateDigits)
            return $"must have a rate value of at most {MaxRateValue}, got {Printable.Quoted(expression)}. Use a larger unit, or at(...) for a single time.";
        var value = int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        var plural = match.Groups["unit"].Value.EndsWith('s');
        if (value == 0)
            return $"must have a rate value of at least 1, got {Printable.Quoted(expression)}.";
        if (value == 1 == plural)
            return $"must use a singular unit for 1 and a plural unit otherwise (rate(1 hour), rate(5 hours)), got {Printable.Quoted(expression)}.";
        return null;
    }

    /// <summary>The period of a valid <c>rate(value unit)</c> expression; null for anything else.</summary>
    public static NodaTime.Duration? RatePeriod(string expression)
    {
        if (CheckRate(expression) is not null) return null;
        var match = Rate().Match(expression);
        var value = int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.TrimEnd('s') switch
        {
            "minute" => NodaTime.Duration.FromMinutes(value),
            "hour" => NodaTime.Duration.FromHours(value),
            _ => NodaTime.Duration.FromDays(value),
        };
    }

    /// <summary>Digits of the largest rate value read, <see cref="MaxRateValue"/>: some 2,700 years in days, beyond any schedule that matters.</summary>
    private const int MaxRateDigits = 6;

    private const int MaxRateValue = 999_999;

    [GeneratedRegex(@"^rate\((?<value>\d+) (?<unit>minutes?|hours?|days?)\)$")]
    private static partial Regex Rate();
}
