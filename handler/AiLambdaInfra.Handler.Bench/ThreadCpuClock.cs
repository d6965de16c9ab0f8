using System.Runtime.InteropServices;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). With one inference thread ONNX Runtime runs
/// on the caller's thread, so this counts the handler's and the model's work but not time spent waiting for a core
/// that other processes hold: the steadier figure on a shared machine.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time in milliseconds, or 0 where the clock is not available.</summary>
    public static double NowMs() => IsAvailable && TryRead(out var ms) ? ms : 0;

    private static bool TryRead(out double ms)
    {
        try
        {
            var ok = ClockGetTime(ThreadCpuTimeClock, out var time) == 0;
            ms = time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
            return ok;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            ms = 0;
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
