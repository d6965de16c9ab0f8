using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace AiLambdaInfra.Scaling.Schedules;

/// <summary>
/// One field of an Application Auto Scaling cron expression read as the set of values it allows: <c>*</c>, <c>?</c>,
/// a value, a month or weekday name, a range <c>a-b</c>, a step <c>*/s</c>, <c>a/s</c> or <c>a-b/s</c>, and comma lists
/// of these; and the day fields' own forms, <c>L</c>, <c>LW</c>, <c>nW</c> (day of month), <c>L</c>, <c>dL</c>, <c>d#n</c>
/// (day of week). https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
/// The validator and the schedule expander both read fields here, so what validates is what expands.
/// </summary>
public static partial class CronField
{
    /// <summary>The years a cron year field may name (AWS: 1970–2199); <c>at(...)</c> is held to the same.</summary>
    public const int FirstYear = 1970, LastYear = 2199;

    /// <summary>Month names; JAN is 1.</summary>
    public static readonly IReadOnlyList<string> MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>Weekday names; SUN is 1, as in AWS cron.</summary>
    public static readonly IReadOnlyList<string> DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>
    /// The values in [<paramref name="low"/>, <paramref name="high"/>] the field allows, indexed by value; null when the
    /// field is malformed or names a value outside that range.
    /// </summary>
    public static bool[]? Parse(string field, int low, int high, IReadOnlyList<string>? names = null)
    {
        var allowed = new bool[high + 1];
        if (field is "*" or "?")
        {
            for (var v = low; v <= high; v++) allowed[v] = true;
            return allowed;
        }
        foreach (var part in field.Split(','))
        {
            var match = Part().Match(part);
            if (!match.Success) return null;
            var any = match.Groups["a"].Value == "*";
            int? from = any ? low : Value(match.Groups["a"].Value, low, names);
            int? to = match.Groups["b"].Success ? Value(match.Groups["b"].Value, low, names)
                : any || match.Groups["step"].Success ? high : from;
            var step = match.Groups["step"].Success ? int.Parse(match.Groups["step"].Value, CultureInfo.InvariantCulture) : 1;
            if (from is not { } a || to is not { } b || a < low || b > high || a > b || step < 1) return null;
            for (var v = a; v <= b; v += step) allowed[v] = true;
        }
        return allowed;
    }

    /// <summary>
    /// Which dates a day-of-month field allows: values as <see cref="Parse"/> reads them, <c>L</c> (the month's last day),
    /// <c>LW</c> (its last weekday) or <c>nW</c> (the weekday nearest day n, within the month). Null when malformed.
    /// </summary>
    public static Func<LocalDate, bool>? DayOfMonth(string field)
    {
        if (field == "L") return date => date.Day == DaysIn(date);
        if (field == "LW") return date => date == LastWeekday(date);
        if (NearestWeekdayForm().Match(field) is { Success: true } nearest)
        {
            var day = int.Parse(nearest.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31) return null;
            return date => day <= DaysIn(date) && date == NearestWeekday(new LocalDate(date.Year, date.Month, day));
        }
        return Parse(field, 1, 31) is { } days ? date => days[date.Day] : null;
    }

    /// <summary>
    /// Which dates a day-of-week field allows (1 = SUN … 7 = SAT): values as <see cref="Parse"/> reads them, <c>L</c>
    /// (the week's last day, SAT), <c>dL</c> (the month's last weekday d) or <c>d#n</c> (its n-th weekday d, n 1–5). Null when malformed.
    /// </summary>
    public static Func<LocalDate, bool>? DayOfWeek(string field)
    {
        if (field == "L") return date => CronWeekday(date) == 7;
        if (LastOfMonthForm().Match(field) is { Success: true } last)
            return Value(last.Groups["d"].Value, 1, DayNames) is int d and >= 1 and <= 7
                ? date => CronWeekday(date) == d && date.Day + 7 > DaysIn(date)
                : null;
        if (NthOfMonthForm().Match(field) is { Success: true } nth)
        {
            var n = int.Parse(nth.Groups["n"].Value, CultureInfo.InvariantCulture);
            return Value(nth.Groups["d"].Value, 1, DayNames) is int d and >= 1 and <= 7 && n is >= 1 and <= 5
                ? date => CronWeekday(date) == d && (date.Day - 1) / 7 + 1 == n
                : null;
        }
        return Parse(field, 1, 7, DayNames) is { } days ? date => days[CronWeekday(date)] : null;
    }

    /// <summary>AWS cron's weekday number, SUN = 1 … SAT = 7 (NodaTime counts Monday = 1 … Sunday = 7).</summary>
    public static int CronWeekday(LocalDate date) => (int)date.DayOfWeek % 7 + 1;

    private static int DaysIn(LocalDate date) => CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month);

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static LocalDate LastWeekday(LocalDate date)
    {
        var day = new LocalDate(date.Year, date.Month, DaysIn(date));
        while (IsWeekend(day)) day = day.PlusDays(-1);
        return day;
    }

    /// <summary>The weekday nearest <paramref name="target"/> without leaving its month (1W on a Saturday is Monday the 3rd).</summary>
    private static LocalDate NearestWeekday(LocalDate target) => target.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => target.Day > 1 ? target.PlusDays(-1) : target.PlusDays(2),
        IsoDayOfWeek.Sunday => target.Day < DaysIn(target) ? target.PlusDays(1) : target.PlusDays(-2),
        _ => target,
    };

    [GeneratedRegex(@"^(?<day>\d{1,2})W$")]
    private static partial Regex NearestWeekdayForm();

    [GeneratedRegex(@"^(?<d>\d|[A-Za-z]{3})L$")]
    private static partial Regex LastOfMonthForm();

    [GeneratedRegex(@"^(?<d>\d|[A-Za-z]{3})#(?<n>\d)$")]
    private static partial Regex NthOfMonthForm();

    private static int? Value(string token, int low, IReadOnlyList<string>? names)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        var index = names?.ToList().IndexOf(token.ToUpperInvariant()) ?? -1;
        return index < 0 ? null : low + index;
    }

    [GeneratedRegex(@"^(?<a>\*|\w{1,4})(-(?<b>\w{1,4}))?(/(?<step>\d{1,4}))?$")]
    private static partial Regex Part();
}
