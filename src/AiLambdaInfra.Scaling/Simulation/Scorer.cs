using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Scores a capacity timeline against demand. Within a minute demand is taken as flat at its mean (the trace has no
/// finer resolution): with c concurrent executions and P provisioned, min(c, P) run on provisioned concurrency and
/// max(0, c − P) spill over to on demand, so the minute's spillover invocations are requests × max(0, c − P) ÷ c.
/// Busy seconds are concurrency × 60 s; each is billed at the memory in GB.
/// </summary>
public static class Scorer
{
    public static PolicyScore Score(
        string policy,
        ConcurrencyDemand demand,
        int[] serving,
        Workload workload,
        LambdaPrices prices,
        int keepAliveMinutes,
        double initMilliseconds,
        int? maxScheduledActions = null,
        int scaleOuts = 0,
        int scaleIns = 0)
    {
        var concurrency = demand.Concurrency.Values;
        if (serving.Length != concurrency.Length)
            throw new ArgumentException($"The capacity timeline has {serving.Length} minutes but the demand has {concurrency.Length}.", nameof(serving));

        double invocations = 0, spilled = 0, provisionedMinutes = 0, busyProvisionedMinutes = 0, knownProvisionedMinutes = 0, onDemandMinutes = 0;
        var onDemand = new double[concurrency.Length];
        for (var t = 0; t < concurrency.Length; t++)
        {
            provisionedMinutes += serving[t];
            var c = concurrency[t];
            if (double.IsNaN(c))
            {
                onDemand[t] = double.NaN;
                continue;
            }
            var requests = demand.RequestsAt(t);
            var overflow = Math.Max(0, c - serving[t]);
            invocations += requests;
            if (c > 0)
                spilled += requests * overflow / c;
            busyProvisionedMinutes += Math.Min(c, serving[t]);
            knownProvisionedMinutes += serving[t];
            onDemandMinutes += overflow;
            onDemand[t] = overflow;
        }

        var coldStarts = ColdStartModel.NewEnvironments(onDemand, keepAliveMinutes).Sum();
        var usage = new Usage(
            ProvisionedGbSeconds: provisionedMinutes * 60 * workload.MemoryGb,
            ProvisionedDurationGbSeconds: busyProvisionedMinutes * 60 * workload.MemoryGb,
            OnDemandDurationGbSeconds: onDemandMinutes * 60 * workload.MemoryGb,
            Requests: invocations);
        return new PolicyScore(
            policy,
            invocations,
            spilled,
            coldStarts,
            coldStarts * initMilliseconds / 1000d,
            provisionedMinutes / 60d,
            knownProvisionedMinutes > 0 ? busyProvisionedMinutes / knownProvisionedMinutes : 0,
            usage,
            CostModel.Price(usage, prices),
            CostRatio: double.NaN,
            maxScheduledActions,
            scaleOuts,
            scaleIns);
    }
}
