namespace AiLambdaInfra.Handler.Model;

/// <summary>
/// How long initialisation took, in three steps: loading the ONNX Runtime native library and creating its
/// process-wide environment; creating the inference session from the model file (parse, graph optimisation,
/// weight allocation); and the one warm-up inference that follows.
/// </summary>
public sealed record InitTimings(double RuntimeLoadMs, double ModelLoadMs, double WarmUpMs)
{
    public double TotalMs => RuntimeLoadMs + ModelLoadMs + WarmUpMs;
}
