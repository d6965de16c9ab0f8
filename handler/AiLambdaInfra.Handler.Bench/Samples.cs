using System.Diagnostics;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>Wall time and the calling thread's CPU time of repeated runs of one piece of work, in milliseconds.</summary>
public sealed class Samples(int capacity)
{
    public List<double> WallMs { get; } = new(capacity);

    public List<double> CpuMs { get; } = new(capacity);

    public void Add(Action work)
    {
        var cpu = ThreadCpuClock.NowMs();
        var started = Stopwatch.GetTimestamp();
        work();
        WallMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        CpuMs.Add(ThreadCpuClock.NowMs() - cpu);
    }
}
