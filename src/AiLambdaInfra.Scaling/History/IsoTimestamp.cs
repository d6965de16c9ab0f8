using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// Reads ISO-8601 timestamps as CloudWatch and most exporters print them: <c>2026-11-27T10:05:00Z</c>,
/// <c>2026-11-27T10:05:00+00:00</c>, optional fraction, <c>T</c> or a space between date and time. A timestamp
/// without an offset is taken as UTC, which is what CloudWatch and the AWS CLI print. One that its offset moves outside
/// years 1–9999 does not parse (<see cref="IsOutsideCalendar"/> tells it apart).
/// Hand-written because the general NodaTime patterns cost more than the rest of planning for 20,000 rows.
/// </summary>
public static class IsoTimestamp
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> s, out Instant instant)
    {
        instant = default;
        if (!TryParseTicks(s, out var ticks)) return false;
        // 9999-12-31T23:59:00-18:00 is a well-formed text for an instant past the end of the calendar.
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return false;
        instant = Instant.FromUnixTimeTicks(ticks - DateTime.UnixEpoch.Ticks);
        return true;
    }

    /// <summary>True when <paramref name="s"/> is well formed but names an instant outside years 1–9999 once its offset is applied.</summary>
    public static bool IsOutsideCalendar(ReadOnlySpan<char> s) =>
        TryParseTicks(s, out var ticks) && (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseTicks(ReadOnlySpan<char> s, out long ticks)
    {
        ticks = 0;
        s = s.Trim();
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ' && s[10] != 't') || s[13] != ':' || s[16] != ':')
            return false;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        var pos = 19;
        long fractionTicks = 0;
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            var scale = TimeSpan.TicksPerSecond / 10;
            var start = pos;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                fractionTicks += (s[pos] - '0') * scale;
                scale /= 10;
                pos++;
            }
            if (pos == start) return false;
        }
        var offsetMinutes = 0;
        if (pos < s.Length)
        {
            var c = s[pos];
            if ((c == 'Z' || c == 'z') && pos == s.Length - 1) { }
            else if (c == '+' || c == '-')
            {
                var rest = s[(pos + 1)..];
                int oh, om;
                if (rest.Length == 5 && rest[2] == ':' && Digits(rest, 0, 2, out oh) && Digits(rest, 3, 2, out om)) { }
                else if (rest.Length == 4 && Digits(rest, 0, 2, out oh) && Digits(rest, 2, 2, out om)) { }
                else if (rest.Length == 2 && Digits(rest, 0, 2, out oh)) om = 0;
                else return false;
                if (oh > 18 || om > 59) return false;
                offsetMinutes = (oh * 60 + om) * (c == '-' ? -1 : 1);
            }
            else return false;
        }
        ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fractionTicks
                - offsetMinutes * TimeSpan.TicksPerMinute;
        return true;
    }

    /// <summary>The canonical form used in messages and output: <c>2026-11-27T10:05:00Z</c>.</summary>
    public static string Format(Instant instant) =>
        instant.ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
