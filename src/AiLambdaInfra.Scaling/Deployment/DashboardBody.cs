using System.Text;
using System.Text.Json;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The function's CloudWatch dashboard, one page: concurrency against provisioned capacity and the stack's bounds,
/// spillover and utilization, errors and rejected payloads, p99 latency, and the state of every alarm. Lines that an
/// alarm watches are drawn from the same metrics and thresholds as the alarm.
/// Body format: https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html
/// </summary>
public static class DashboardBody
{
    public const string ConcurrencyTitle = "Concurrency";
    public const string SpilloverTitle = "Spillover and utilization";
    public const string ErrorsTitle = "Errors, throttles and rejected payloads";
    public const string LatencyTitle = "Duration p99";
    public const string AlarmsTitle = "Alarms";

    /// <summary>Lambda publishes its metrics every minute.</summary>
    private const int PeriodSeconds = 60;

    /// <param name="settings">Validated stack settings.</param>
    /// <param name="functionName">The deployed function's name.</param>
    /// <param name="region">Region of the metrics (metric widgets need it).</param>
    /// <param name="alarmArns">ARNs of the deployed alarms, in the order of <see cref="AlarmDefinitions.For"/>.</param>
    public static string Json(StackSettings settings, string functionName, string region, IReadOnlyList<string> alarmArns)
    {
        var alias = settings.Function.Alias;
        var scaling = settings.Scaling;
        var alarms = AlarmDefinitions.For(settings, functionName);
        double? Threshold(AlarmKind kind) => alarms.FirstOrDefault(alarm => alarm.Kind == kind)?.Threshold;

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("widgets");

            MetricWidget(writer, ConcurrencyTitle, region, y: 0, x: 0, lines =>
            {
                // No metric holds the scheduled minimum: the allocated provisioned concurrency follows it (raised further
                // only by target tracking), derived here as executions on provisioned concurrency ÷ their utilization.
                Metric(lines, AliasMetrics.For(LambdaScalingNames.ConcurrentExecutionsMetric, functionName, alias), "Maximum", "Concurrent executions", "concurrent");
                Metric(lines, AliasMetrics.For(AliasMetrics.ProvisionedConcurrentExecutions, functionName, alias), "Maximum", "On provisioned concurrency", "provisioned");
                Metric(lines, AliasMetrics.For(LambdaScalingNames.UtilizationMetric, functionName, alias), "Maximum", "Utilization", "utilizationForAllocated", visible: false);
                Expression(lines, "provisioned / utilizationForAllocated", "Provisioned concurrency allocated (≈ executions ÷ utilization)", "allocated");
            }, [Line("scaling.min", scaling.Min), Line("scaling.max", scaling.Max), .. Optional("reserved concurrency", settings.Function.ReservedConcurrency)]);

            MetricWidget(writer, SpilloverTitle, region, y: 0, x: 12, lines =>
            {
                // Summed over the alarm's own period, so the share drawn is the value the alarm compares with its line.
                var spillPeriod = alarms.FirstOrDefault(alarm => alarm.Kind == AlarmKind.Spillover)?.PeriodSeconds;
                Metric(lines, AliasMetrics.For(LambdaScalingNames.SpilloverMetric, functionName, alias), "Sum", "Spillover invocations", "spill", visible: false, period: spillPeriod);
                Metric(lines, AliasMetrics.For(AliasMetrics.Invocations, functionName, alias), "Sum", "Invocations", "invocations", visible: false, period: spillPeriod);
                Expression(lines, AlarmDefinitions.SpillShareExpression, "Spillover (% of invocations)", "spillShare");
                Metric(lines, AliasMetrics.For(LambdaScalingNames.UtilizationMetric, functionName, alias), "Maximum", "Utilization (Maximum, right axis)", "utilization", rightAxis: true);
            }, [.. Optional("spillover alarm (%)", Threshold(AlarmKind.Spillover)), Line("target utilization (right axis)", scaling.TargetUtilization, rightAxis: true)]);

            MetricWidget(writer, ErrorsTitle, region, y: 6, x: 0, lines =>
            {
                Metric(lines, AliasMetrics.For(AliasMetrics.Errors, functionName, alias), "Sum", "Errors", "errors");
                Metric(lines, AliasMetrics.For(AliasMetrics.Throttles, functionName, alias), "Sum", "Throttles", "throttles");
                Metric(lines, HandlerMetrics.For(HandlerMetrics.RejectedPayloads, functionName), "Sum", "Rejected payloads", "rejected");
            }, []);

            MetricWidget(writer, LatencyTitle, region, y: 6, x: 12, lines =>
            {
                Metric(lines, AliasMetrics.For(AliasMetrics.Duration, functionName, alias), "p99", "Duration p99 (ms)", "duration");
                Metric(lines, HandlerMetrics.For(HandlerMetrics.ModelLatency, functionName), "p99", "Model latency p99 (ms)", "modelLatency");
            }, [.. Optional("duration alarm (ms)", Threshold(AlarmKind.Duration)), Line("timeout (ms)", settings.Function.TimeoutSeconds * 1000.0)]);

            // An alarm widget needs at least one alarm; with every alarm off there is none to show.
            if (alarmArns.Count > 0)
            {
                writer.WriteStartObject();
                WritePlacement(writer, "alarm", y: 12, x: 0, width: 24, height: 3);
                writer.WriteStartObject("properties");
                writer.WriteString("title", AlarmsTitle);
                writer.WriteStartArray("alarms");
                foreach (var arn in alarmArns)
                {
                    writer.WriteStringValue(arn);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A horizontal line on a graph, on its left axis unless <paramref name="rightAxis"/>.</summary>
    private static (string Label, double Value, bool RightAxis) Line(string label, double value, bool rightAxis = false) => (label, value, rightAxis);

    /// <summary>A line for a value that may not exist (an alarm that is off, no reserved concurrency).</summary>
    private static IEnumerable<(string Label, double Value, bool RightAxis)> Optional(string label, double? value) =>
        value is { } number ? [Line(label, number)] : [];

    private static void MetricWidget(Utf8JsonWriter writer, string title, string region, int y, int x,
        Action<Utf8JsonWriter> writeLines, IEnumerable<(string Label, double Value, bool RightAxis)> horizontal)
    {
        writer.WriteStartObject();
        WritePlacement(writer, "metric", y, x, width: 12, height: 6);
        writer.WriteStartObject("properties");
        writer.WriteString("title", title);
        writer.WriteString("view", "timeSeries");
        writer.WriteString("region", region);
        writer.WriteNumber("period", PeriodSeconds);
        writer.WriteStartArray("metrics");
        writeLines(writer);
        writer.WriteEndArray();
        writer.WriteStartObject("annotations");
        writer.WriteStartArray("horizontal");
        foreach (var (label, value, rightAxis) in horizontal)
        {
            writer.WriteStartObject();
            writer.WriteString("label", label);
            writer.WriteNumber("value", value);
            if (rightAxis)
            {
                writer.WriteString("yAxis", "right");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePlacement(Utf8JsonWriter writer, string type, int y, int x, int width, int height)
    {
        writer.WriteString("type", type);
        writer.WriteNumber("x", x);
        writer.WriteNumber("y", y);
        writer.WriteNumber("width", width);
        writer.WriteNumber("height", height);
    }

    /// <summary>One metric line: <c>[namespace, name, dimension, value, …, {options}]</c>.</summary>
    private static void Metric(Utf8JsonWriter writer, MetricReference metric, string stat, string label, string id, bool visible = true, bool rightAxis = false, int? period = null)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(metric.Namespace);
        writer.WriteStringValue(metric.Name);
        foreach (var (name, value) in metric.Dimensions)
        {
            writer.WriteStringValue(name);
            writer.WriteStringValue(value);
        }

        writer.WriteStartObject();
        writer.WriteString("stat", stat);
        writer.WriteString("label", label);
        writer.WriteString("id", id);
        if (!visible)
        {
            writer.WriteBoolean("visible", false);
        }

        if (rightAxis)
        {
            writer.WriteString("yAxis", "right");
        }

        if (period is { } seconds)
        {
            writer.WriteNumber("period", seconds);
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void Expression(Utf8JsonWriter writer, string expression, string label, string id)
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("expression", expression);
        writer.WriteString("label", label);
        writer.WriteString("id", id);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
