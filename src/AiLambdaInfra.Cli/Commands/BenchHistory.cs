using System.Globalization;
using System.Text;
using NodaTime;

namespace AiLambdaInfra.Cli.Commands;

/// <summary>
/// Synthetic CloudWatch get-metric-data JSON for the bench: one-minute ConcurrentExecutions with a daily and a weekly
/// cycle, noise, a few spikes and a gap, newest first, from a seed so every run times the same input.
/// </summary>
internal static class BenchHistory
{
    public static byte[] Json(int seed, Instant end, int points)
    {
        var random = new Random(seed);
        var level = 5 + random.NextDouble() * 200;
        var dailyAmplitude = random.NextDouble() * 0.6;
        var weekendFactor = 0.6 + random.NextDouble() * 0.4;
        var phase = random.NextDouble() * Math.Tau;
        var gapStart = random.Next(points);
        var b = new StringBuilder(points * 48);
        b.Append("{\n    \"MetricDataResults\": [\n        {\n            \"Id\": \"concurrency\",\n            \"Label\": \"ConcurrentExecutions\",\n            \"Timestamps\": [\n");
        var values = new double[points];
        var present = new bool[points];
        for (var i = 0; i < points; i++)
        {
            var at = end - Duration.FromMinutes(i + 1);
            var utc = at.InUtc();
            var day = utc.TimeOfDay.NanosecondOfDay / (double)NodaConstants.NanosecondsPerDay;
            var weekend = utc.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? weekendFactor : 1;
            var mean = level * weekend * (1 + dailyAmplitude * Math.Sin(Math.Tau * day + phase));
            var value = Math.Max(0, mean + Math.Sqrt(mean) * Normal(random));
            if (random.NextDouble() < 0.002) value *= 3;
            values[i] = Math.Round(value);
            present[i] = i < gapStart || i >= gapStart + 30;
        }
        var first = true;
        for (var i = 0; i < points; i++)
        {
            if (!present[i]) continue;
            if (!first) b.Append(",\n");
            first = false;
            var at = (end - Duration.FromMinutes(i + 1)).ToDateTimeUtc();
            b.Append("                \"").Append(at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append("+00:00\"");
        }
        b.Append("\n            ],\n            \"Values\": [\n");
        first = true;
        for (var i = 0; i < points; i++)
        {
            if (!present[i]) continue;
            if (!first) b.Append(",\n");
            first = false;
            b.Append("                ").Append(values[i].ToString("0.0", CultureInfo.InvariantCulture));
        }
        b.Append("\n            ],\n            \"StatusCode\": \"Complete\"\n        }\n    ],\n    \"Messages\": []\n}\n");
        return Encoding.UTF8.GetBytes(b.ToString());
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(Math.Tau * random.NextDouble());
}
