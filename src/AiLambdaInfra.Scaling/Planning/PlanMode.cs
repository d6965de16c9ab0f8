namespace AiLambdaInfra.Scaling.Planning;

/// <summary>How the plan is written as scheduled actions.</summary>
public enum PlanMode
{
    /// <summary>Weekly when the forecast finds a repeating pattern in two weeks or more of history, otherwise horizon.</summary>
    Auto,

    /// <summary>Recurring weekly <c>cron(m h ? * DAY *)</c> actions in the stack's time zone: one week that repeats.</summary>
    Weekly,

    /// <summary>One-off <c>at(...)</c> actions over the horizon, for a plan renewed before it runs out.</summary>
    Horizon,
}
