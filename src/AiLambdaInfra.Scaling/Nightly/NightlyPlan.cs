using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>Tonight's plan as it is written to the stack file, and what deploying it does to the target.</summary>
/// <param name="Plan">The fresh plan with the stabilized, stably named actions and their timeline.</param>
/// <param name="Fresh">The planner's own actions, before hysteresis and naming.</param>
/// <param name="Kept">How many of last night's actions are kept unchanged.</param>
/// <param name="Diff">What <c>pulumi up</c> does to the target's scheduled actions, the stack's own included.</param>
public sealed record NightlyPlan(CapacityPlan Plan, IReadOnlyList<ScheduledActionSettings> Fresh, int Kept, ScheduledActionDiff Diff);
