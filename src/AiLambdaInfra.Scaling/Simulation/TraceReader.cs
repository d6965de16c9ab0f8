using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Reads a per-minute demand CSV: a header line <c>timestamp,&lt;value name&gt;</c> (for example
/// <c>timestamp,requests_per_minute</c>), then one row per minute with an ISO-8601 UTC timestamp on a whole minute
/// (<c>2015-02-26T21:42:00Z</c>) and a finite value ≥ 0. Rows must be in strictly increasing time order. Minutes with
/// no row are missing and become <see cref="double.NaN"/> (see <see cref="DemandTrace"/>).
/// </summary>
public static class TraceReader
{
    private static readonly InstantPattern Timestamp = InstantPattern.General;

    /// <summary>Parses <paramref name="text"/>; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="TraceFormatException">Every problem found, at once.</exception>
    public static DemandTrace Read(string text, string source)
    {
        var errors = new List<string>();
        var rows = new List<(Instant At, double Value)>();
        var lines = text.Split('\n');
        var header = lines.Length > 0 ? lines[0].Trim().TrimStart('\uFEFF') : "";
        if (!header.StartsWith("timestamp,", StringComparison.Ordinal) || header.Split(',').Length != 2)
            errors.Add($"{source}:1: the header must be 'timestamp,<value name>' (e.g. 'timestamp,requests_per_minute'), got '{header}'.");

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            var lineNumber = i + 1;
            var fields = line.Split(',');
            if (fields.Length != 2)
            {
                errors.Add($"{source}:{lineNumber}: expected 2 comma-separated fields (timestamp,value), got {fields.Length}: '{line}'.");
                continue;
            }
            var parsed = Timestamp.Parse(fields[0].Trim());
            if (!parsed.Success)
            {
                errors.Add($"{source}:{lineNumber}: timestamp '{fields[0]}' is not ISO-8601 UTC like 2015-02-26T21:42:00Z.");
                continue;
            }
            var at = parsed.Value;
            if (at.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0)
            {
                errors.Add($"{source}:{lineNumber}: timestamp '{fields[0]}' must fall on a whole minute (seconds 00).");
                continue;
            }
            if (!double.TryParse(fields[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
            {
                errors.Add($"{source}:{lineNumber}: value '{fields[1]}' must be a finite number ≥ 0.");
                continue;
            }
            // One value per minute is allocated from the first row to the last: a stray row years away would cost gigabytes.
            if (rows.Count > 0 && at - rows[0].At > History.HistoryWindow.MaximumSpan)
            {
                errors.Add($"{source}:{lineNumber}: timestamp {fields[0]} is {(int)(at - rows[0].At).TotalDays} days after the first row ({rows[0].At}); a trace spans at most {History.HistoryWindow.MaximumSpan.Days} days. Fix or remove the stray row.");
                continue;
            }
            if (value > History.HistoryWindow.MaximumValue)
            {
                errors.Add($"{source}:{lineNumber}: value '{fields[1]}' is above {History.HistoryWindow.MaximumValue:0.#e0}; no Lambda function serves that much. Check the column holds requests per minute or concurrency.");
                continue;
            }
            if (rows.Count > 0 && at <= rows[^1].At)
            {
                errors.Add($"{source}:{lineNumber}: timestamp {fields[0]} is not after the previous row ({rows[^1].At}); rows must be in increasing time order, one per minute.");
                continue;
            }
            rows.Add((at, value));
        }
        if (rows.Count == 0 && errors.Count == 0)
            errors.Add($"{source}: no data rows after the header.");
        if (errors.Count > 0)
            throw new TraceFormatException(errors);

        var start = rows[0].At;
        var minutes = (int)((rows[^1].At - start).TotalMinutes) + 1;
        var values = new double[minutes];
        Array.Fill(values, double.NaN);
        foreach (var (at, value) in rows)
            values[(int)(at - start).TotalMinutes] = value;
        return new DemandTrace(start, values);
    }
}
