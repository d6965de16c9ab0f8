using System.Buffers;
using System.Text;
using System.Text.Json;
using AiLambdaInfra.Handler.Contract;

namespace AiLambdaInfra.Handler.Metrics;

/// <summary>
/// Writes an <see cref="InvocationOutcome"/> as one CloudWatch embedded metric format (EMF) document on one line
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html):
/// an <c>_aws</c> member with the timestamp in epoch milliseconds and one metric directive (namespace, dimension
/// sets, metric names and units), and every dimension and metric it names as a top-level member holding the value.
/// CloudWatch Logs extracts the metrics from such a log event with no agent and no PutMetricData call.
/// </summary>
public static class EmbeddedMetricFormat
{
    public const string Namespace = "AiLambdaInfra";
    public const string FunctionNameDimension = "FunctionName";
    public const string ReasonDimension = "Reason";
    public const string RejectedPayloads = "RejectedPayloads";
    public const string ModelLatency = "ModelLatency";
    public const string LinesPerRequest = "LinesPerRequest";
    public const string Count = "Count";
    public const string Milliseconds = "Milliseconds";

    public static string Format(InvocationOutcome outcome, string functionName, DateTimeOffset at)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", Namespace);
            json.WriteStartArray("Dimensions");
            WriteDimensionSet(json, FunctionNameDimension);
            if (outcome.Reason is not null)
            {
                // Per reason as well as in total: one alarm watches the total, a dashboard splits it.
                WriteDimensionSet(json, FunctionNameDimension, ReasonDimension);
            }

            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            WriteMetric(json, RejectedPayloads, Count);
            if (outcome.Reason is null)
            {
                WriteMetric(json, ModelLatency, Milliseconds);
                WriteMetric(json, LinesPerRequest, Count);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteString(FunctionNameDimension, functionName);
            if (outcome.Reason is { } reason)
            {
                json.WriteString(ReasonDimension, ReasonName(reason));
                json.WriteNumber(RejectedPayloads, 1);
            }
            else
            {
                json.WriteNumber(RejectedPayloads, 0);
                json.WriteNumber(ModelLatency, Math.Round(outcome.ModelMs, 3));
                json.WriteNumber(LinesPerRequest, outcome.Lines);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The <c>Reason</c> dimension's value: the member's name, fixed by <see cref="RejectionReason"/>.</summary>
    public static string ReasonName(RejectionReason reason) => Enum.GetName(reason) ?? throw new ArgumentOutOfRangeException(nameof(reason), reason, null);

    private static void WriteDimensionSet(Utf8JsonWriter json, params string[] dimensions)
    {
        json.WriteStartArray();
        foreach (var dimension in dimensions)
        {
            json.WriteStringValue(dimension);
        }

        json.WriteEndArray();
    }

    private static void WriteMetric(Utf8JsonWriter json, string name, string unit)
    {
        json.WriteStartObject();
        json.WriteString("Name", name);
        json.WriteString("Unit", unit);
        json.WriteEndObject();
    }
}
