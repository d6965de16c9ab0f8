namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>The function whose demand is replayed.</summary>
/// <param name="MeanDurationSeconds">Mean duration of one invocation, in seconds.</param>
/// <param name="MemoryMb">Configured memory, in MB.</param>
public sealed record Workload(double MeanDurationSeconds, int MemoryMb)
{
    /// <summary>Memory in GB as AWS bills it (MB ÷ 1024).</summary>
    public double MemoryGb => MemoryMb / 1024d;
}
