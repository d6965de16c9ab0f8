using AiLambdaInfra.Scaling.Planning;
using NodaTime;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>One night of a <see cref="NightlyReplay"/>.</summary>
/// <param name="Night">When the job ran.</param>
/// <param name="Mode">Weekly or horizon, as the planner chose.</param>
/// <param name="Actions">Planned actions written that night.</param>
/// <param name="Kept">Last night's actions kept unchanged.</param>
/// <param name="Deploy">What <c>pulumi up</c> of the stabilized, stably named plan does to the target.</param>
/// <param name="WithoutStabilizing">What it would do with the planner's own actions and names, night after night.</param>
/// <param name="StackFileLinesChanged">Lines removed plus lines added in the stack file's planned actions, as <c>git diff</c> counts them.</param>
/// <param name="StackFileLinesChangedWithoutStabilizing">The same for the planner's own actions.</param>
public sealed record NightlyReplayNight(Instant Night, PlanMode Mode, int Actions, int Kept, ScheduledActionDiff Deploy, ScheduledActionDiff WithoutStabilizing,
    int StackFileLinesChanged, int StackFileLinesChangedWithoutStabilizing);
