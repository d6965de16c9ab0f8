namespace AiLambdaInfra.Handler.Model;

/// <summary>
/// How many threads ONNX Runtime may use inside one inference. Lambda grants CPU in proportion to memory, one
/// vCPU's worth at 1,769 MB (https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html), yet the
/// environment shows more cores than that buys; threads beyond the granted share only contend for it.
/// </summary>
public static class SessionThreading
{
    public const int MegabytesPerVcpu = 1769;

    /// <summary>
    /// Lambda's reserved variable holding the function's memory in MB
    /// (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
    /// </summary>
    public const string MemoryVariable = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";

    /// <summary>One thread per whole vCPU the memory buys (at least 1, at most the cores shown); every core outside Lambda.</summary>
    public static int IntraOpThreads(string? functionMemoryMb, int processorCount)
    {
        if (!int.TryParse(functionMemoryMb, out var megabytes) || megabytes <= 0)
        {
            return processorCount;
        }

        return Math.Clamp(megabytes / MegabytesPerVcpu, 1, processorCount);
    }
}
