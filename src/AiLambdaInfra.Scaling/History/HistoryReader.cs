using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text;
using AiLambdaInfra.Scaling.Forecasting;
using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// Reads a function's history (CloudWatch <c>get-metric-data</c> JSON or CSV) into a <see cref="DemandSeries"/> of
/// concurrency, or reports every problem with its line. Rules: timestamps unique and in order (JSON pages newest or
/// oldest first, CSV oldest first), one sample period of 1 or 5 minutes throughout, values finite and not negative,
/// at least <see cref="ForecastLimits.MinimumHistory"/> between the first and the last sample, timestamps and values
/// within <see cref="HistoryWindow"/> (so that time and memory follow the file's size, not the span its timestamps
/// claim), files of at most <see cref="HistoryWindow.MaximumFileBytes"/>. Missing samples stay
/// missing (<see cref="double.NaN"/>). Hot loops here and in the forecaster and planner are compiled fully optimized at
/// once (<see cref="MethodImplOptions.AggressiveOptimization"/>): a single CLI run ends before tiered compilation would.
/// </summary>
public static class HistoryReader
{
    private const int MaxListedErrors = 20;

    /// <summary>Reads a history file from disk. An unreadable file is an error, not an exception.</summary>
    public static HistoryReadResult Load(string path, HistoryReadOptions options, string? displayName = null)
    {
        var name = displayName is "" ? "''" : displayName ?? path;
        byte[] buffer;
        int read;
        try
        {
            if (Directory.Exists(path))
                return Unreadable(name, "it is a directory. Pass the JSON or CSV file inside it.");
            if (!File.Exists(path))
                return Unreadable(name, "there is no such file.");
            // Bounded by the bytes read, not the file's length, which is 0 for a pipe, a device or a FIFO. A pooled buffer:
            // a nightly batch reads one file per function, and a fresh megabyte array each time is a large-object
            // allocation that costs a full garbage collection every few files.
            (buffer, read) = Files.BoundedFile.RentAtMost(path, (int)HistoryWindow.MaximumFileBytes + 1);
            if (read > HistoryWindow.MaximumFileBytes)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return Unreadable(name,
                    $"it holds {Math.Max(new FileInfo(path).Length, read) / (1024 * 1024)} MB, more than the {HistoryWindow.MaximumFileBytes / (1024 * 1024)} MB a history may (455 days of 1-minute samples, the most CloudWatch keeps, are about 30 MB). Query a shorter range.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(name, e.Message);
        }
        try
        {
            return Parse(buffer.AsMemory(0, read), name, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The prefix of every message about a file that could not be read at all (a usage error, not bad rows).</summary>
    public const string UnreadablePrefix = "cannot read the history file: ";

    private static HistoryReadResult Unreadable(string name, string reason) =>
        new(null, [new HistoryError(name, null, null, UnreadablePrefix + reason)]);

    /// <summary>Reads a history file's bytes; <paramref name="fileName"/> names it in errors.</summary>
    public static HistoryReadResult Parse(byte[] bytes, string fileName, HistoryReadOptions options) => Parse(bytes.AsMemory(), fileName, options);

    private static HistoryReadResult Parse(ReadOnlyMemory<byte> bytes, string fileName, HistoryReadOptions options)
    {
        var errors = new ErrorList(fileName, bytes);
        if (options.Metric == HistoryMetric.Invocations && options.MeanDurationMs is not (>= HistoryWindow.MinimumMeanDurationMs and <= HistoryWindow.MaximumMeanDurationMs))
            errors.Add(null, null, options.MeanDurationMs is { } ms && double.IsFinite(ms) && ms > 0
                ? ms > HistoryWindow.MaximumMeanDurationMs
                    ? $"--mean-duration-ms must be at most {HistoryWindow.MaximumMeanDurationMs:0} (Lambda's 15-minute timeout), got {ms.ToString(CultureInfo.InvariantCulture)}."
                    : $"--mean-duration-ms must be at least 1 (Lambda measures duration in whole milliseconds; is it in seconds?), got {ms.ToString(CultureInfo.InvariantCulture)}."
                : "--mean-duration-ms must be a positive, finite number of milliseconds when the metric is invocations.");

        var format = options.Format ?? Guess(bytes.Span);
        // A CSV row takes at least 24 bytes; the JSON reader sizes the list once it has counted the datapoints.
        var points = new List<RawPoint>(format == HistoryFormat.Csv ? bytes.Length / 24 : 0);
        if (format == HistoryFormat.CloudWatchJson) CloudWatchJsonReader.Read(bytes, points, errors);
        else Csv.Read(bytes, points, errors);
        if (errors.Count > 0) return errors.Result();

        var series = Build(points, format, options, errors);
        if (series is null || errors.Count > 0) return errors.Result();
        if (options.Metric == HistoryMetric.Invocations)
        {
            var factor = options.MeanDurationMs!.Value / 1000.0 / series.Step.TotalSeconds;
            var values = series.Values;
            for (var i = 0; i < values.Length; i++) values[i] *= factor;
        }
        return new HistoryReadResult(series, []);
    }

    private static HistoryFormat Guess(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b is (byte)'{' or (byte)'[' ? HistoryFormat.CloudWatchJson : HistoryFormat.Csv;
        }
        return HistoryFormat.Csv;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DemandSeries? Build(List<RawPoint> points, HistoryFormat format, HistoryReadOptions options, ErrorList errors)
    {
        if (points.Count == 0)
        {
            errors.Add(null, null, "holds no datapoints. Query ConcurrentExecutions (Maximum) or Invocations (Sum) with a period of 60 or 300 seconds over at least 24 hours.");
            return null;
        }
        if (format == HistoryFormat.CloudWatchJson)
        {
            // Pages are usually newest first throughout: reversing is enough. Otherwise sort, keeping file order on ties.
            var descending = true;
            for (var i = 1; i < points.Count && descending; i++) descending = points[i].Ticks < points[i - 1].Ticks;
            if (descending) points.Reverse();
            else
            {
                var ordered = points.Select((p, i) => (p, i)).OrderBy(x => x.p.Ticks).ThenBy(x => x.i).Select(x => x.p).ToList();
                points.Clear();
                points.AddRange(ordered);
            }
        }

        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Ticks == points[i - 1].Ticks)
                errors.Add(points[i].Offset, points[i].Location,
                    $"duplicate timestamp {IsoTimestamp.Format(points[i].Instant)} (also at {errors.Where(points[i - 1].Offset, points[i - 1].Location)}). Each timestamp must appear once; remove the repeated row or page.");
            else if (points[i].Ticks < points[i - 1].Ticks)
                errors.Add(points[i].Offset, points[i].Location,
                    $"timestamp {IsoTimestamp.Format(points[i].Instant)} comes after {IsoTimestamp.Format(points[i - 1].Instant)}: rows must be sorted oldest first.");
        }
        if (errors.Count > 0) return null;

        HistorySpan.Check(points, options, errors);
        if (errors.Count > 0) return null;

        if (points.Count < 2)
        {
            errors.Add(null, null, $"holds a single datapoint; at least {ForecastLimits.MinimumHistory.TotalHours:0} hours of history are required.");
            return null;
        }

        var step = ModalStep(points);
        if (!ForecastLimits.AcceptedSteps.Contains(step))
        {
            errors.Add(null, null, $"samples are {step.TotalSeconds:0} seconds apart; use a period of 60 or 300 seconds (1 or 5 minutes).");
            return null;
        }
        var stepTicks = step.TotalTicksLong();
        var fiveMinuteRun = 0;
        for (var i = 1; i < points.Count; i++)
        {
            var diff = points[i].Ticks - points[i - 1].Ticks;
            if (diff % stepTicks != 0)
            {
                errors.Add(points[i].Offset, points[i].Location,
                    $"mixed resolutions: {IsoTimestamp.Format(points[i].Instant)} is {diff / (double)NodaConstants.TicksPerSecond:0.#} seconds after the previous sample, not a multiple of the file's {step.TotalSeconds:0}-second period. Export one period for the whole range.");
                break;
            }
            fiveMinuteRun = diff == 5 * stepTicks && stepTicks == NodaConstants.TicksPerMinute ? fiveMinuteRun + 1 : 0;
            if (fiveMinuteRun == ForecastLimits.MixedResolutionRun)
            {
                errors.Add(points[i].Offset, points[i].Location,
                    $"mixed resolutions: the samples up to {IsoTimestamp.Format(points[i].Instant)} are 5 minutes apart for an hour in a file of 1-minute samples. Export one period for the whole range.");
                break;
            }
        }
        if (errors.Count > 0) return null;

        var first = points[0].Ticks;
        var last = points[^1].Ticks;
        var span = Duration.FromTicks(last - first) + step;
        if (span < ForecastLimits.MinimumHistory)
        {
            errors.Add(null, null,
                $"covers {span.TotalHours:0.#} hours ({IsoTimestamp.Format(points[0].Instant)} to {IsoTimestamp.Format(points[^1].Instant)}); at least {ForecastLimits.MinimumHistory.TotalHours:0} hours of history are required.");
            return null;
        }
        var values = new double[(int)((last - first) / stepTicks) + 1];
        Array.Fill(values, double.NaN);
        foreach (var p in points) values[(int)((p.Ticks - first) / stepTicks)] = p.Value;
        return new DemandSeries(points[0].Instant, step, values);
    }

    /// <summary>The most common gap between consecutive samples: the file's period, even with missing samples.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Duration ModalStep(List<RawPoint> points)
    {
        var counts = new Dictionary<long, int>();
        for (var i = 1; i < points.Count; i++)
        {
            var d = points[i].Ticks - points[i - 1].Ticks;
            counts[d] = counts.GetValueOrDefault(d) + 1;
        }
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        return Duration.FromTicks(best);
    }

    /// <summary>One sample as read: its time, its value and where it is in the file (byte offset, or minus the line for CSV; a JSON path).</summary>
    internal readonly record struct RawPoint(long Ticks, double Value, long Offset, string? Path, int Index)
    {
        public Instant Instant => Instant.FromUnixTimeTicks(Ticks);

        /// <summary>The JSON path of the timestamp, built only when an error needs it.</summary>
        public string? Location => Path is null ? null : $"{Path}.Timestamps[{Index}]";
    }

    /// <summary>Collects errors with line numbers computed from byte offsets only when there is an error.</summary>
    internal sealed class ErrorList(string fileName, ReadOnlyMemory<byte> bytes)
    {
        private readonly List<HistoryError> _errors = [];
        private int _dropped;
        private int[]? _lineStarts;

        public int Count => _errors.Count + _dropped;

        public void Add(long? offset, string? location, string message)
        {
            if (_errors.Count >= MaxListedErrors) { _dropped++; return; }
            _errors.Add(new HistoryError(fileName, offset is { } o ? LineOf(o) : null, location, message));
        }

        public void AddAtLine(int line, string message)
        {
            if (_errors.Count >= MaxListedErrors) { _dropped++; return; }
            _errors.Add(new HistoryError(fileName, line, null, message));
        }

        public string Where(long offset, string? location) => location is null ? $"line {LineOf(offset)}" : $"line {LineOf(offset)}, {location}";

        public HistoryReadResult Result()
        {
            var list = new List<HistoryError>(_errors);
            if (_dropped > 0) list.Add(new HistoryError(fileName, null, null, $"and {_dropped} more errors like these."));
            return new HistoryReadResult(null, list);
        }

        /// <summary>Line of a byte offset; CSV rows pass their line as a negative offset.</summary>
        public int LineOf(long offset)
        {
            if (offset < 0) return (int)-offset;
            _lineStarts ??= LineStarts(bytes.Span);
            var i = Array.BinarySearch(_lineStarts, (int)Math.Min(offset, int.MaxValue));
            return (i >= 0 ? i : ~i - 1) + 1;
        }

        private static int[] LineStarts(ReadOnlySpan<byte> data)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < data.Length; i++)
                if (data[i] == (byte)'\n') starts.Add(i + 1);
            return [.. starts];
        }
    }

    /// <summary>CSV: an optional header, then <c>timestamp,value</c> rows, oldest first. Blank lines are skipped.</summary>
    private static class Csv
    {
        public static void Read(ReadOnlyMemory<byte> bytes, List<RawPoint> points, ErrorList errors)
        {
            string text;
            try { text = new UTF8Encoding(false, true).GetString(bytes.Span); }
            catch (DecoderFallbackException)
            {
                errors.Add(null, null, "is not UTF-8 text; expected CSV rows 'timestamp,value' or CloudWatch get-metric-data JSON.");
                return;
            }
            var span = text.AsSpan();
            if (span.Length > 0 && span[0] == '\uFEFF') span = span[1..];
            var line = 0;
            var seenRow = false;
            while (span.Length > 0)
            {
                line++;
                var nl = span.IndexOf('\n');
                var row = nl < 0 ? span : span[..nl];
                span = nl < 0 ? [] : span[(nl + 1)..];
                if (row.Length > 0 && row[^1] == '\r') row = row[..^1];
                if (row.IsWhiteSpace()) continue;
                var first = !seenRow;
                seenRow = true;
                var comma = row.IndexOf(',');
                if (comma < 0 || row[(comma + 1)..].Contains(','))
                {
                    errors.AddAtLine(line, $"expected two columns 'timestamp,value', got '{Shorten(row)}'.");
                    continue;
                }
                var ts = row[..comma];
                var val = row[(comma + 1)..].Trim();
                if (!IsoTimestamp.TryParse(ts, out var instant))
                {
                    if (first && !double.TryParse(val, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                        continue; // the header line
                    errors.AddAtLine(line, CannotRead($"'{Shorten(ts)}'", ts));
                    continue;
                }
                if (!double.TryParse(val, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    errors.AddAtLine(line, $"cannot read value '{Shorten(val)}' as a number.");
                    continue;
                }
                if (!IsAcceptable(value))
                {
                    errors.AddAtLine(line, Bad(value));
                    continue;
                }
                points.Add(new RawPoint(instant.ToUnixTimeTicks(), value, -line, null, 0));
            }
        }
    }

    /// <summary>Why a timestamp did not parse: not ISO-8601, or an instant outside the calendar.</summary>
    internal static string CannotRead(string shown, ReadOnlySpan<char> text, string advice = "use ISO-8601 such as 2026-11-27T10:05:00Z") =>
        IsoTimestamp.IsOutsideCalendar(text)
            ? $"timestamp {shown} falls outside the years 1 to 9999 once its offset is applied; no metric is dated there. Fix or remove the row."
            : $"cannot read timestamp {shown}; {advice}.";

    internal static bool IsAcceptable(double value) => double.IsFinite(value) && value is >= 0 and <= HistoryWindow.MaximumValue;

    internal static string Bad(double value) => value switch
    {
        _ when !double.IsFinite(value) => $"value {value.ToString(CultureInfo.InvariantCulture)} is not a finite number; leave a missing sample out instead.",
        < 0 => $"value {value.ToString(CultureInfo.InvariantCulture)} is negative; concurrency and invocation counts cannot be.",
        _ => $"value {value.ToString(CultureInfo.InvariantCulture)} is above {HistoryWindow.MaximumValue:0.#e0}; no Lambda function runs that much. Check the column holds the metric's values.",
    };

    private static string Shorten(ReadOnlySpan<char> s) => s.Length <= 40 ? s.ToString() : s[..40].ToString() + "…";
}
