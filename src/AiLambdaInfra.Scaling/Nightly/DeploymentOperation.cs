namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>What <c>pulumi up</c> does to one scheduled action.</summary>
public enum DeploymentOperation
{
    /// <summary>A name the target does not have yet: <c>PutScheduledAction</c> adds an action.</summary>
    Create,

    /// <summary>A name the target has, with a new schedule, time zone, window or min/max: changed in place.</summary>
    Update,

    /// <summary>A name the program no longer declares: <c>DeleteScheduledAction</c>, after every create and update.</summary>
    Delete,
}
