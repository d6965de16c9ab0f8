using System.Text.Json;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>
/// The plan as JSON: the actions exactly as written to the stack file, and the timeline they produce over the horizon
/// (every change of min and max, UTC), so the plan can be replayed without parsing cron; plus the forecast.
/// </summary>
internal static class PlanJsonWriter
{
    public static byte[] Render(PlanningResult result, PlanRequest request, PlanCostEstimate? cost)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var p = result.Plan;
            var f = result.Forecast;
            w.WriteStartObject();
            w.WriteString("mode", p.Mode.ToString().ToLowerInvariant());
            w.WriteString("start", IsoTimestamp.Format(p.Start));
            w.WriteString("end", IsoTimestamp.Format(p.End));
            w.WriteString("timezone", request.Timezone);
            w.WriteNumber("peak", p.Peak);
            w.WriteNumber("actionBudget", p.ActionBudget);
            w.WriteStartArray("actions");
            foreach (var a in p.Actions)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                w.WriteString("schedule", a.Schedule);
                if (a.Timezone is not null) w.WriteString("timezone", a.Timezone);
                if (a.Min is { } min) w.WriteNumber("min", min);
                if (a.Max is { } max) w.WriteNumber("max", max);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("timeline");
            foreach (var c in p.Timeline)
            {
                w.WriteStartObject();
                w.WriteString("at", IsoTimestamp.Format(c.At));
                w.WriteNumber("min", c.Min);
                w.WriteNumber("max", c.Max);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("forecast");
            w.WriteString("start", IsoTimestamp.Format(f.Start));
            w.WriteNumber("stepMinutes", f.Step.TotalMinutes);
            w.WriteNumber("quantile", f.Quantile);
            w.WriteString("seasonality", f.Seasonality.ToString().ToLowerInvariant());
            w.WriteNumber("trendPerDay", Math.Round(f.TrendPerDay, 4));
            w.WriteNumber("patternStrength", Math.Round(f.PatternStrength, 4));
            Numbers(w, "point", f.Point);
            Numbers(w, "upper", f.Upper);
            w.WriteEndObject();
            if (cost is not null)
            {
                w.WriteStartObject("monthlyCost");
                w.WriteNumber("planned", Math.Round(cost.Planned.Total, 2));
                w.WriteNumber("maxAllDay", Math.Round(cost.MaxAllDay.Total, 2));
                w.WriteNumber("noProvisioned", Math.Round(cost.OnDemandOnly.Total, 2));
                w.WriteString("region", cost.Prices.Region);
                w.WriteString("architecture", cost.Prices.Architecture);
                w.WriteNumber("provisionedPerGbSecond", cost.Prices.ProvisionedPerGbSecond);
                w.WriteNumber("provisionedDurationPerGbSecond", cost.Prices.ProvisionedDurationPerGbSecond);
                w.WriteNumber("onDemandDurationPerGbSecond", cost.Prices.OnDemandDurationPerGbSecond);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Numbers(Utf8JsonWriter w, string name, double[] values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(Math.Round(v, 3));
        w.WriteEndArray();
    }
}
