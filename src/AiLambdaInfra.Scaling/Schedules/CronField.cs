using System.Globalization;
using System.Text.RegularExpressions;

namespace AiLambdaInfra.Scaling.Schedules;

/// <summary>
/// One field of an Application Auto Scaling cron expression read as the set of values it allows: <c>*</c>, <c>?</c>,
/// a value, a month or weekday name, a range <c>a-b</c>, a step <c>*/s</c>, <c>a/s</c> or <c>a-b/s</c>, and comma lists
/// of these. https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
/// The validator and the schedule expander both read fields here, so what validates is what expands.
/// </summary>
public static partial class CronField
{
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

    private static int? Value(string token, int low, IReadOnlyList<string>? names)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        var index = names?.ToList().IndexOf(token.ToUpperInvariant()) ?? -1;
        return index < 0 ? null : low + index;
    }

    [GeneratedRegex(@"^(?<a>\*|\w{1,4})(-(?<b>\w{1,4}))?(/(?<step>\d{1,4}))?$")]
    private static partial Regex Part();
}
