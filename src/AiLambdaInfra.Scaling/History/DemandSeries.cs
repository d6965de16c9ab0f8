using System.Runtime.CompilerServices;
using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// Concurrent executions on a regular UTC grid: sample <c>i</c> covers <c>[Start + i·Step, Start + (i+1)·Step)</c>.
/// Missing samples are <see cref="double.NaN"/>; nothing is interpolated.
/// </summary>
public sealed record DemandSeries(Instant Start, Duration Step, double[] Values)
{
    /// <summary>The instant just after the last sample.</summary>
    public Instant End => Start + Step * Values.Length;

    /// <summary>Time covered, missing samples included.</summary>
    public Duration Span => Step * Values.Length;

    /// <summary>Number of samples that hold a value.</summary>
    public int PresentCount => Values.Count(v => !double.IsNaN(v));

    /// <summary>The instant sample <paramref name="index"/> starts at.</summary>
    public Instant TimeOf(int index) => Start + Step * index;

    /// <summary>The newest part of the series that starts at or after <paramref name="from"/> and ends at or before <paramref name="to"/>.</summary>
    public DemandSeries Slice(Instant from, Instant to)
    {
        var first = (int)Math.Max(0, Math.Ceiling((from - Start).TotalTicks / Step.TotalTicks));
        var last = (int)Math.Min(Values.Length, Math.Floor((to - Start).TotalTicks / Step.TotalTicks));
        if (last <= first)
            return this with { Start = TimeOf(Math.Min(first, Values.Length)), Values = [] };
        return this with { Start = TimeOf(first), Values = Values[first..last] };
    }

    /// <summary>
    /// The series at a coarser step that is a whole multiple of <see cref="Step"/>, keeping each bucket's maximum
    /// (CloudWatch's <c>Maximum</c> statistic). A bucket with no sample stays missing. The first bucket starts at
    /// <see cref="Start"/> rounded down to the coarser step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DemandSeries ResampleMax(Duration step)
    {
        if (step == Step) return this;
        var ratio = step.TotalTicksLong() / Step.TotalTicksLong();
        if (ratio < 1 || step.TotalTicksLong() % Step.TotalTicksLong() != 0)
            throw new ArgumentException($"Cannot resample a {Step.TotalMinutes}-minute series to {step.TotalMinutes} minutes.", nameof(step));
        var startTicks = Start.ToUnixTimeTicks();
        var alignedStart = startTicks - Mod(startTicks, step.TotalTicksLong());
        var offset = (int)((startTicks - alignedStart) / Step.TotalTicksLong());
        var count = (int)((offset + Values.Length + ratio - 1) / ratio);
        var result = new double[count];
        Array.Fill(result, double.NaN);
        for (var i = 0; i < Values.Length; i++)
        {
            var v = Values[i];
            if (double.IsNaN(v)) continue;
            var b = (int)((offset + i) / ratio);
            if (double.IsNaN(result[b]) || v > result[b]) result[b] = v;
        }
        return new DemandSeries(Instant.FromUnixTimeTicks(alignedStart), step, result);
    }

    private static long Mod(long a, long m) => ((a % m) + m) % m;
}
