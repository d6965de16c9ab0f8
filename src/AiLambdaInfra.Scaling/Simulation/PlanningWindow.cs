using NodaTime;

namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>What a nightly planning job knows when it runs at <see cref="Now"/>: the demand before it, and until when its plan is used.</summary>
/// <param name="Now">When the job runs; the first instant the plan may act on.</param>
/// <param name="History">Every known minute before <see cref="Now"/>, and nothing after.</param>
/// <param name="Until">When the next job replaces this plan.</param>
/// <param name="TargetTracking">
/// Whether target tracking runs beside the plan: the planner keeps room above its levels for tracking when it does,
/// and brings capacity down with max itself when it does not.
/// </param>
public sealed record PlanningWindow(Instant Now, ConcurrencyDemand History, Instant Until, bool TargetTracking);
