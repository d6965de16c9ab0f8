using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Plays demand minute by minute against one Lambda alias's scalable target, emulating Application Auto Scaling as
/// AWS documents it for provisioned concurrency.
/// </summary>
/// <remarks>
/// Each minute t, in this order:
/// <list type="number">
/// <item>Scheduled actions due by t run: each sets min and/or max; when the desired capacity is below the new min it is
/// raised to it, when above the new max it is lowered to it, otherwise it is left alone — lowering only the min scales
/// nothing in (https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html).</item>
/// <item>Target tracking reads the utilization datapoints up to minute t − 1 (see <see cref="TargetTrackingAlarms"/>).
/// Utilization is capped at 1 because provisioned executions cannot exceed what is provisioned, so a scale-out is
/// proportional — ⌈serving × metric ÷ target⌉ — and repeats every minute the alarm holds, once the scale-out cooldown
/// has passed. It only ever raises the desired capacity: capacity still being allocated counts as part of it, as the
/// cooldown rules say. A scale-in (when enabled) lowers the desired capacity the same way, at most once per scale-in
/// cooldown. Desired capacity stays within [min, max].</item>
/// <item>Capacity added serves only after the allocation delay ("Lambda starts allocating provisioned concurrency after
/// a minute or two of preparation", https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html); capacity
/// removed stops serving at once. Serving capacity at t is the lowest desired capacity over [t − delay, t].</item>
/// <item>The datapoint of minute t is recorded: mean (Average) or within-minute peak (Maximum) concurrency ÷ serving,
/// capped at 1; no datapoint when demand is unknown or nothing is provisioned.</item>
/// </list>
/// A deploy that replaces the policy (<see cref="EmulatorInput.TrackingChanges"/>) takes effect at the start of its
/// minute, with new alarms that read the datapoints already recorded under the new statistic and threshold.
/// Datapoints reach the alarm without CloudWatch's publication lag of a minute or two; that lag would only make
/// reactive scaling slower than shown here. AWS describes scale-in as "smaller periodic steps" without publishing their
/// size; the emulator takes one proportional step per scale-in cooldown, which scales in no slower than AWS does.
/// </remarks>
public static class AutoScalingEmulator
{
    public static EmulatorRun Run(EmulatorInput input)
    {
        var minutes = input.Concurrency.Length;
        var serving = new int[minutes];
        var desiredHistory = new int[minutes];
        var schedule = input.Schedule.OrderBy(change => change.At).ToArray();
        // Each action's first minute, once, instead of instant arithmetic every minute.
        var due = schedule.Select(change => (long)Math.Ceiling((change.At - input.Start).TotalMinutes - 1e-9)).ToArray();
        var nextAction = 0;
        var min = input.InitialMin;
        var max = Math.Max(input.InitialMax, input.InitialMin);
        var desired = Math.Clamp(input.InitialCapacity, min, max);
        int? lastScaleOut = null, lastScaleIn = null;
        int scaleOuts = 0, scaleIns = 0;
        var allocation = input.AllocationMinutes;
        var initial = input.InitialCapacity;
        var policyChanges = input.TrackingChanges.OrderBy(change => change.At)
            .Select(change => (Minute: (long)Math.Ceiling((change.At - input.Start).TotalMinutes - 1e-9), change.Tracking)).ToArray();
        var nextPolicy = 0;
        // Where the policy is replaced, each minute's datapoint under both statistics (NaN: none), so the new alarms can
        // read the datapoints already published, as CloudWatch alarms do. Without replacements only one is needed.
        var keepBoth = policyChanges.Length > 0;
        var averageMetric = keepBoth ? new double[minutes] : [];
        var maximumMetric = keepBoth ? new double[minutes] : [];

        var (tracking, useMaximum, scaleOutCooldown, scaleInCooldown, outThreshold, inThreshold, scaleIn) = Policy(input.TargetTracking);
        var outAlarm = new AlarmWindow(TargetTrackingAlarms.ScaleOutDatapoints);
        var inAlarm = new AlarmWindow(TargetTrackingAlarms.ScaleInDatapoints);
        // The datapoint of the minute before: the scale-out and scale-in proposals read it; the alarms keep their own view.
        var latest = double.NaN;

        for (var t = 0; t < minutes; t++)
        {
            while (nextPolicy < policyChanges.Length && policyChanges[nextPolicy].Minute <= t)
            {
                (tracking, useMaximum, scaleOutCooldown, scaleInCooldown, outThreshold, inThreshold, scaleIn) = Policy(policyChanges[nextPolicy++].Tracking);
                var metrics = useMaximum ? maximumMetric : averageMetric;
                outAlarm = Replayed(TargetTrackingAlarms.ScaleOutDatapoints, metrics, t, outThreshold, above: true);
                inAlarm = Replayed(TargetTrackingAlarms.ScaleInDatapoints, metrics, t, inThreshold, above: false);
                latest = t > 0 ? metrics[t - 1] : double.NaN;
            }
            while (nextAction < schedule.Length && due[nextAction] <= t)
            {
                var action = schedule[nextAction++];
                if (action.Min is int newMin)
                    min = newMin;
                if (action.Max is int newMax)
                    max = newMax;
                max = Math.Max(max, min);
                desired = Math.Clamp(desired, min, max);
            }

            if (tracking is not null && t > 0)
            {
                var target = outThreshold;
                var servingBefore = serving[t - 1];
                // A bound already reached cannot move capacity further: skip reading the alarms.
                if (desired < max && outAlarm.Holds(t)
                    && (lastScaleOut is null || t - lastScaleOut >= scaleOutCooldown))
                {
                    var proposed = Math.Min(CeilingOf(servingBefore * latest / target), max);
                    if (proposed > desired)
                    {
                        desired = proposed;
                        lastScaleOut = t;
                        scaleOuts++;
                    }
                }
                else if (scaleIn && desired > min
                    && inAlarm.Holds(t)
                    && (lastScaleIn is null || t - lastScaleIn >= scaleInCooldown))
                {
                    var proposed = Math.Max(CeilingOf(servingBefore * latest / target), min);
                    if (proposed < desired)
                    {
                        desired = proposed;
                        lastScaleIn = t;
                        scaleIns++;
                    }
                }
            }

            desiredHistory[t] = desired;
            var lowest = desired;
            for (var s = t - allocation; s < t; s++)
                lowest = Math.Min(lowest, s < 0 ? initial : desiredHistory[s]);
            serving[t] = lowest;

            double metric;
            if (keepBoth)
            {
                averageMetric[t] = Utilization(input.Concurrency[t], lowest);
                maximumMetric[t] = Utilization(input.PeakConcurrency[t], lowest);
                metric = useMaximum ? maximumMetric[t] : averageMetric[t];
            }
            else
                metric = Utilization(useMaximum ? input.PeakConcurrency[t] : input.Concurrency[t], lowest);
            latest = metric;
            if (!double.IsNaN(metric))
            {
                outAlarm.Record(t, metric > outThreshold);
                inAlarm.Record(t, metric < inThreshold);
            }
        }
        return new EmulatorRun(serving, desiredHistory, scaleOuts, scaleIns);
    }

    /// <summary>
    /// One alarm's view of the datapoints: whether the last <c>count</c> datapoints before minute t all breach its
    /// threshold. Minutes without a datapoint are skipped, looking back at most twice <c>count</c> minutes (CloudWatch
    /// evaluates the most recent datapoints it has). Kept as a running streak of breaching datapoints and the minutes of
    /// the recent datapoints, so each minute costs the same however long the alarm's window.
    /// </summary>
    private sealed class AlarmWindow(int count)
    {
        // The minutes of the last `count` datapoints, oldest at _datapoints % count.
        private readonly int[] _datapointMinutes = new int[count];
        private int _datapoints;
        private int _streak;

        public void Record(int minute, bool breaching)
        {
            _datapointMinutes[_datapoints++ % count] = minute;
            _streak = breaching ? _streak + 1 : 0;
        }

        public bool Holds(int t) => _streak >= count && _datapointMinutes[_datapoints % count] >= t - 2 * count;
    }

    /// <summary>What the emulator reads of a target-tracking policy (none when null).</summary>
    private static (ScalingSettings? Tracking, bool UseMaximum, int ScaleOutCooldown, int ScaleInCooldown, double OutThreshold, double InThreshold, bool ScaleIn)
        Policy(ScalingSettings? tracking)
    {
        var outThreshold = tracking?.TargetUtilization ?? 0;
        return (tracking,
            tracking is not null && string.Equals(tracking.Statistic, "Maximum", StringComparison.OrdinalIgnoreCase),
            tracking is null ? 0 : (int)Math.Ceiling(tracking.ScaleOutCooldownSeconds / 60d),
            tracking is null ? 0 : (int)Math.Ceiling(tracking.ScaleInCooldownSeconds / 60d),
            outThreshold,
            TargetTrackingAlarms.ScaleInFractionOfTarget * outThreshold,
            tracking is not null && !tracking.DisableScaleIn);
    }

    /// <summary>
    /// A new alarm's view at minute <paramref name="t"/> of the datapoints already recorded: it looks back at most twice
    /// its datapoints (<see cref="AlarmWindow.Holds"/>), so replaying that stretch is enough.
    /// </summary>
    private static AlarmWindow Replayed(int count, double[] metrics, int t, double threshold, bool above)
    {
        var alarm = new AlarmWindow(count);
        for (var s = Math.Max(0, t - 2 * count - 1); s < t; s++)
            if (!double.IsNaN(metrics[s])) alarm.Record(s, above ? metrics[s] > threshold : metrics[s] < threshold);
        return alarm;
    }

    private static double Utilization(double demand, int serving) => double.IsNaN(demand) || serving == 0 ? double.NaN : Math.Min(1d, demand / serving);

    private static int CeilingOf(double value) => (int)Math.Ceiling(value - 1e-9);
}
