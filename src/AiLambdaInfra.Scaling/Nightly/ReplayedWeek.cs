using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>The last week of history played under the plan the target holds and under tonight's.</summary>
/// <param name="Played">The week's demand, one value per minute.</param>
/// <param name="Old">Under the plan deployed now (the stack's own actions included).</param>
/// <param name="New">Under tonight's plan.</param>
/// <param name="OldServing">Provisioned concurrency serving each minute under the old plan.</param>
/// <param name="NewServing">The same under the new plan.</param>
public sealed record ReplayedWeek(ConcurrencyDemand Played, PolicyScore Old, PolicyScore New, int[] OldServing, int[] NewServing);
