using System.Runtime.CompilerServices;
using System.Text.Json;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// Streams the output of <c>aws cloudwatch get-metric-data</c>: one page <c>{"MetricDataResults": [{"Id", "Label",
/// "Timestamps": [...], "Values": [...]}], ...}</c>, several pages one after another (as <c>--no-paginate</c> loops
/// append them), or a JSON array of pages. Results of every page with the same <c>Id</c> are one metric; a file with two
/// metrics is refused. Each page may list its timestamps newest first (CloudWatch's default) or oldest first.
/// Streaming with <see cref="Utf8JsonReader"/> keeps the byte offset of every timestamp, so errors name their line.
/// </summary>
internal static class CloudWatchJsonReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(ReadOnlyMemory<byte> memory, List<HistoryReader.RawPoint> points, HistoryReader.ErrorList errors)
    {
        var bytes = memory.Span;
        var pos = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var results = new List<Result>();
        var page = 0;
        while (true)
        {
            pos = SkipWhitespace(bytes, pos);
            if (pos >= bytes.Length) break;
            var reader = new Utf8JsonReader(bytes[pos..]);
            try
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        ReadPage(ref reader, pos, bytes.Length, ++page, results, errors);
                }
                else ReadPage(ref reader, pos, bytes.Length, ++page, results, errors);
            }
            catch (JsonException e)
            {
                var line = errors.LineOf(pos) + (int)(e.LineNumber ?? 0);
                errors.AddAtLine(line, $"is not valid CloudWatch get-metric-data JSON: {FirstSentence(e.Message)}");
                return;
            }
            pos += (int)reader.BytesConsumed;
        }
        if (errors.Count > 0) return;
        if (results.Count == 0)
        {
            errors.Add(null, null, "has no MetricDataResults. Pass the JSON that 'aws cloudwatch get-metric-data' prints.");
            return;
        }
        var ids = results.Select(r => r.Id).Distinct().ToList();
        if (ids.Count > 1)
        {
            errors.Add(null, null, $"holds {ids.Count} metrics ({string.Join(", ", ids)}); query one metric (ConcurrentExecutions or Invocations) per file.");
            return;
        }
        points.EnsureCapacity(points.Count + results.Sum(r => r.Timestamps.Count));
        foreach (var r in results)
        {
            if (r.Timestamps.Count != r.Values.Count)
            {
                errors.Add(r.Offset, r.Path, $"has {r.Timestamps.Count} Timestamps but {r.Values.Count} Values; they must pair up.");
                continue;
            }
            var direction = 0;
            for (var i = 0; i < r.Timestamps.Count; i++)
            {
                var (ticks, offset) = r.Timestamps[i];
                var (value, valueOffset) = r.Values[i];
                if (ticks is null) continue;
                if (i > 0 && r.Timestamps[i - 1].Ticks is { } previous && previous != ticks)
                {
                    var d = Math.Sign(ticks.Value - previous);
                    if (direction == 0) direction = d;
                    else if (d != direction)
                    {
                        errors.Add(offset, $"{r.Path}.Timestamps[{i}]", "timestamps are not sorted: a page must list them all newest first or all oldest first.");
                        continue;
                    }
                }
                if (double.IsNaN(value)) continue;
                if (!HistoryReader.IsAcceptable(value))
                {
                    errors.Add(valueOffset, $"{r.Path}.Values[{i}]", HistoryReader.Bad(value));
                    continue;
                }
                points.Add(new HistoryReader.RawPoint(ticks.Value, value, offset, r.Path, i));
            }
        }
    }

    private sealed record Result(string Id, string Path, long Offset, int Capacity)
    {
        public List<(long? Ticks, long Offset)> Timestamps { get; } = new(Capacity);
        public List<(double Value, long Offset)> Values { get; } = new(Capacity);
    }

    /// <summary>
    /// The pretty-printed output of the AWS CLI takes about 60 bytes per datapoint (a timestamp line and a value line);
    /// sizing the lists from that spares most of their regrowth, each a fresh large-object allocation.
    /// </summary>
    private const int BytesPerDatapoint = 64;

    /// <summary>
    /// The most datapoints one <c>GetMetricData</c> call returns, which bounds that estimate for a page
    /// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html).
    /// </summary>
    private const int MaximumDatapointsPerPage = 100_800;

    private static void ReadPage(ref Utf8JsonReader reader, int basePos, int totalBytes, int page, List<Result> results, HistoryReader.ErrorList errors)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("expected an object with MetricDataResults.");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isResults = reader.ValueTextEquals("MetricDataResults"u8);
            reader.Read();
            if (isResults && reader.TokenType == JsonTokenType.StartArray)
            {
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    results.Add(ReadResult(ref reader, basePos, totalBytes, $"page {page}, MetricDataResults[{index++}]", errors));
            }
            else reader.Skip();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result ReadResult(ref Utf8JsonReader reader, int basePos, int totalBytes, string path, HistoryReader.ErrorList errors)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("expected each MetricDataResults item to be an object.");
        var start = basePos + reader.TokenStartIndex;
        string? id = null, label = null;
        var result = new Result("", path, start, (int)Math.Min(MaximumDatapointsPerPage, (totalBytes - start) / BytesPerDatapoint));
        Span<char> buffer = stackalloc char[64];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "Id" when reader.TokenType == JsonTokenType.String: id = reader.GetString(); break;
                case "Label" when reader.TokenType == JsonTokenType.String: label = reader.GetString(); break;
                case "Timestamps" when reader.TokenType == JsonTokenType.StartArray:
                    var ti = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var offset = basePos + reader.TokenStartIndex;
                        long? ticks = null;
                        var n = 0;
                        if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= buffer.Length && !reader.ValueIsEscaped)
                        {
                            n = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
                            if (IsoTimestamp.TryParse(buffer[..n], out var instant)) ticks = instant.ToUnixTimeTicks();
                        }
                        if (ticks is null)
                            errors.Add(offset, $"{path}.Timestamps[{ti}]", HistoryReader.CannotRead(Token(ref reader), buffer[..n], "expected ISO-8601 such as 2026-11-27T10:05:00+00:00"));
                        result.Timestamps.Add((ticks, offset));
                        ti++;
                    }
                    break;
                case "Values" when reader.TokenType == JsonTokenType.StartArray:
                    result.Values.EnsureCapacity(result.Timestamps.Count);
                    var vi = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var offset = basePos + reader.TokenStartIndex;
                        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var v))
                            result.Values.Add((v, offset));
                        else
                        {
                            errors.Add(offset, $"{path}.Values[{vi}]", $"cannot read value {Token(ref reader)} as a number.");
                            result.Values.Add((double.NaN, offset));
                            reader.Skip();
                        }
                        vi++;
                    }
                    break;
                default: reader.Skip(); break;
            }
        }
        return result with { Id = id ?? label ?? "(no Id)" };
    }

    private static string Token(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"\"{Shorten(reader.GetString() ?? "")}\"",
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null =>
            Shorten(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
        _ => reader.TokenType.ToString(),
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> bytes, int pos)
    {
        while (pos < bytes.Length && bytes[pos] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') pos++;
        return pos;
    }
}
