using System.Text.Json;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>IAM policy documents of the execution role, written as compact JSON with a fixed key order.</summary>
public static class PolicyDocuments
{
    /// <summary>https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html</summary>
    public const string Version = "2012-10-17";

    public const string LambdaServicePrincipal = "lambda.amazonaws.com";

    /// <summary>Actions a function needs to write to an existing log group (the group itself is created by the stack).</summary>
    public static readonly IReadOnlyList<string> LoggingActions = ["logs:CreateLogStream", "logs:PutLogEvents"];

    /// <summary>Only Lambda may assume the role. https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html</summary>
    public static string LambdaTrust() => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("Effect", "Allow");
        writer.WriteStartObject("Principal");
        writer.WriteString("Service", LambdaServicePrincipal);
        writer.WriteEndObject();
        writer.WriteString("Action", "sts:AssumeRole");
        writer.WriteEndObject();
    });

    /// <summary>
    /// Log streams and events in the function's own group only: narrower than the managed
    /// AWSLambdaBasicExecutionRole, which allows every log group of the account.
    /// </summary>
    public static string Logging(string logGroupArn) => Write(writer =>
        WriteStatement(writer, "Allow", LoggingActions, [logGroupArn, $"{logGroupArn}:*"]));

    /// <summary>The statements from <c>function.policyStatements</c>, in config order; null when there are none.</summary>
    public static string? Extra(IReadOnlyList<PolicyStatementSettings> statements) =>
        statements.Count == 0
            ? null
            : Write(writer =>
            {
                foreach (var statement in statements)
                {
                    WriteStatement(writer, statement.Effect, statement.Actions, statement.Resources);
                }
            });

    private static void WriteStatement(Utf8JsonWriter writer, string effect, IReadOnlyList<string> actions, IReadOnlyList<string> resources)
    {
        writer.WriteStartObject();
        writer.WriteString("Effect", effect);
        WriteArray(writer, "Action", actions);
        WriteArray(writer, "Resource", resources);
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> writeStatements)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("Version", Version);
            writer.WriteStartArray("Statement");
            writeStatements(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
