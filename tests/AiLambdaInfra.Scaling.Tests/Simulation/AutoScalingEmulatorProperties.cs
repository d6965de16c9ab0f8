using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.Simulation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Simulation;

public class AutoScalingEmulatorProperties
{
    private static readonly Instant Start = Instant.FromUtc(2024, 1, 1, 0, 0);

    private static Arbitrary<double[]> Demands() =>
        Gen.Choose(0, 400).Select(v => v % 37 == 0 ? double.NaN : v / 2d).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    [Property]
    public Property ServingCapacity_StaysWithinMinAndMax_AndNeverAheadOfDesired() =>
        Prop.ForAll(Demands(), Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(20, 300).ToArbitrary(), (demand, min, max) =>
        {
            var input = new EmulatorInput(Start, demand, demand.Select(c => MinutePeak.Estimate(c, 1)).ToArray(), min, max, min, [],
                new ScalingSettings { Statistic = "Maximum" }, AllocationMinutes: 2);
            var run = AutoScalingEmulator.Run(input);
            return run.Serving.Zip(run.Desired).All(p => p.First >= min && p.First <= max && p.First <= p.Second);
        });

    [Property]
    public Property AddedCapacity_NeverServesBeforeTheAllocationDelay() =>
        Prop.ForAll(Demands(), Gen.Choose(0, 5).ToArbitrary(), (demand, delay) =>
        {
            var input = new EmulatorInput(Start, demand, demand, 1, 900, 1, [], new ScalingSettings(), delay);
            var run = AutoScalingEmulator.Run(input);
            return Enumerable.Range(0, demand.Length).All(t =>
                run.Serving[t] <= Enumerable.Range(t - delay, delay + 1).Min(s => s < 0 ? 1 : run.Desired[s]));
        });
}
