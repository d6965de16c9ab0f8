namespace AiLambdaInfra.Handler.Model;

/// <summary>
/// How long initialisation took: creating the ONNX Runtime session from the model file (native library load,
/// graph parse and optimisation) and the one warm-up inference that follows it.
/// </summary>
public sealed record InitTimings(double ModelLoadMs, double WarmUpMs)
{
    public double TotalMs => ModelLoadMs + WarmUpMs;
}
