using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>
/// What <c>pulumi up</c> does to the scalable target's scheduled actions when the program moves from one list to
/// another, replayed in Pulumi's order: creates and updates as the program declares them, deletes last.
/// </summary>
/// <param name="Creates">Actions with a name the target does not have.</param>
/// <param name="Updates">Actions whose schedule, time zone, window or min/max change in place.</param>
/// <param name="Deletes">Actions the program no longer declares.</param>
/// <param name="Unchanged">Actions left as they are.</param>
/// <param name="CountBefore">Actions on the target before the update (the stack's own included).</param>
/// <param name="Steps">Every operation, in order, with the count on the target after it.</param>
public sealed record ScheduledActionDiff(
    IReadOnlyList<ActionChange> Creates,
    IReadOnlyList<ActionChange> Updates,
    IReadOnlyList<ActionChange> Deletes,
    int Unchanged,
    int CountBefore,
    IReadOnlyList<DeploymentStep> Steps)
{
    /// <summary>Actions on the target once the update is done.</summary>
    public int CountAfter => CountBefore + Creates.Count - Deletes.Count;

    /// <summary>The most actions the target holds at any step of the update.</summary>
    public int PeakCount => Steps.Select(s => s.CountAfter).Prepend(CountBefore).Max();

    /// <summary>Creates, updates and deletes: the actions the update touches.</summary>
    public int Changed => Creates.Count + Updates.Count + Deletes.Count;

    /// <summary>Whether the target stays within the 200 scheduled actions AWS allows at every step.</summary>
    public bool WithinQuota => PeakCount <= AwsLimits.MaxScheduledActionsPerTarget;

    /// <summary>One line: "3 updates, 1 create, 0 deletes; peak 153 of 200 scheduled actions on the target".</summary>
    public string Summary =>
        $"{Plural(Updates.Count, "update")}, {Plural(Creates.Count, "create")}, {Plural(Deletes.Count, "delete")}; " +
        $"peak {PeakCount} of {AwsLimits.MaxScheduledActionsPerTarget} scheduled actions on the target ({CountBefore} before, {CountAfter} after)";

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
