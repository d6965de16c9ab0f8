using System.Text;

namespace AiLambdaInfra.Handler.Metrics;

/// <summary>
/// Writes metric lines to the process's standard output stream itself, not through <see cref="Console.Out"/>.
/// </summary>
/// <remarks>
/// CloudWatch Logs extracts EMF only from a log event that is a JSON object with nothing before or after it
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html,
/// "Root node"). On the managed .NET runtime, Amazon.Lambda.RuntimeSupport replaces <see cref="Console.Out"/> and
/// <see cref="Console.Error"/> with writers that, in the text log format, put the timestamp, request id and level in
/// front of every line (aws/aws-lambda-dotnet, Libraries/src/Amazon.Lambda.RuntimeSupport/Helpers/ConsoleLoggerWriter.cs),
/// so <c>Console.WriteLine</c> would break extraction. Powertools for AWS Lambda (.NET) Metrics therefore writes its
/// EMF through its ConsoleWrapper, which writes through a <see cref="StreamWriter"/> over
/// <see cref="Console.OpenStandardOutput()"/> (aws-powertools/powertools-lambda-dotnet pull request 1148, which also
/// fixed a descriptor leak from opening that stream on every write: hence one stream per process here), and a live
/// dotnet8 test of a direct write to descriptor 1 reached CloudWatch without the prefix (newrelic/newrelic-dotnet-agent
/// pull request 3617). Lambda sends what the function writes to standard output to its log stream, one event per line
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Lambda.html).
/// Each line goes out in one write of well under 4,096 bytes, which a pipe keeps whole among other writers.
/// </remarks>
public sealed class StandardOutputSink : IMetricsSink
{
    private static readonly Lazy<StreamWriter> Output = new(
        () => new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly object Gate = new();

    public void WriteLine(string line)
    {
        lock (Gate)
        {
            Output.Value.WriteLine(line);
            Output.Value.Flush();
        }
    }
}
