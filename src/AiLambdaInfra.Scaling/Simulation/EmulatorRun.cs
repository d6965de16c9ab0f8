namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>What the emulator did, minute by minute.</summary>
/// <param name="Serving">Provisioned concurrency allocated and serving in each minute.</param>
/// <param name="Desired">The scalable target's desired capacity in each minute (serving lags it on scale-out).</param>
/// <param name="ScaleOuts">Scale-out activities started by target tracking.</param>
/// <param name="ScaleIns">Scale-in activities started by target tracking.</param>
public sealed record EmulatorRun(int[] Serving, int[] Desired, int ScaleOuts, int ScaleIns);
