namespace AiLambdaInfra.Handler.Metrics;

/// <summary>
/// Emits one EMF line per invocation for the function named <paramref name="functionName"/>, stamped by
/// <paramref name="clock"/>, to <paramref name="sink"/>. Emission never fails an invocation: a metric is worth less
/// than the answer it describes.
/// </summary>
public sealed class InvocationMetrics(string functionName, TimeProvider clock, IMetricsSink sink)
{
    /// <summary>
    /// Lambda's reserved variable holding the function's name
    /// (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
    /// </summary>
    public const string FunctionNameVariable = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>The <c>FunctionName</c> dimension's value outside Lambda, where the variable is not set.</summary>
    public const string LocalFunctionName = "local";

    public string FunctionName { get; } = functionName;

    /// <summary>As deployed: the function's name from the environment and the system clock, writing to <paramref name="sink"/>.</summary>
    public static InvocationMetrics ForThisFunction(IMetricsSink sink) =>
        new(FunctionNameFrom(Environment.GetEnvironmentVariable(FunctionNameVariable)), TimeProvider.System, sink);

    public static string FunctionNameFrom(string? variable) => string.IsNullOrWhiteSpace(variable) ? LocalFunctionName : variable;

    public string Format(InvocationOutcome outcome) => EmbeddedMetricFormat.Format(outcome, FunctionName, clock.GetUtcNow());

    public void Record(InvocationOutcome outcome)
    {
        try
        {
            sink.WriteLine(Format(outcome));
        }
        catch (Exception)
        {
            // A closed or failing standard output must not turn an answered request into a failed invocation.
        }
    }
}
