namespace AiLambdaInfra.Scaling.Settings;

/// <summary>
/// Every default of the stack settings, in one place; the README's config table lists them (a test keeps it complete).
/// The settings records refer here rather than repeat literals.
/// </summary>
public static class Defaults
{
    public const string Description = "AI inference with predictive provisioned concurrency";

    /// <summary>The managed .NET 8 runtime; the handler uses its Stream-in/Stream-out signature, so no serializer package is needed.</summary>
    public const string Runtime = "dotnet8";

    /// <summary>Assembly::Type::Method of the inference handler in <c>handler/</c>.</summary>
    public const string Handler = "AiLambdaInfra.Handler::AiLambdaInfra.Handler.InferenceFunction::Handle";

    /// <summary>Memory also buys CPU on Lambda; 2048 MB keeps the model load and inference fast.</summary>
    public const int MemoryMb = 2048;

    public const int TimeoutSeconds = 30;
    public const int EphemeralStorageMb = 512;

    /// <summary>Graviton: about 20 % cheaper per GB-second than x86_64 for the same memory.</summary>
    public const string Architecture = "arm64";

    public const int LogRetentionDays = 14;
    public const string Alias = "live";

    public const int Baseline = 1;
    public const int MinCapacity = 1;
    public const int MaxCapacity = 10;
    public const double TargetUtilization = 0.7;
    public const string Statistic = "Average";
    public const int ScaleOutCooldownSeconds = 60;
    public const int ScaleInCooldownSeconds = 300;

    /// <summary>The default regional concurrency quota of a Lambda account.</summary>
    public const int AccountConcurrencyLimit = 1000;

    public const string Timezone = "UTC";

    /// <summary>
    /// Spillover above the cold-start budget for three hours in a row: three 1-hour windows in each of which more than
    /// <c>planner.spillBudgetPercent</c> of invocations landed on on-demand environments. The threshold is left to that
    /// setting, so the alarm and the planner agree on what "too many cold starts" means. The budget is a share over days
    /// (the planner's replay), and a single ramp that tracking catches late can spill above it for a quarter of an hour
    /// without anything being wrong; three hours above it means the plan no longer fits the traffic, which a person fixes.
    /// </summary>
    public static readonly AlarmRule SpilloverAlarm = new() { Threshold = null, PeriodSeconds = 3600, EvaluationPeriods = 3, DatapointsToAlarm = 3 };

    /// <summary>Any throttle in 3 of the last 5 minutes: the reserved concurrency or the account limit is exhausted.</summary>
    public static readonly AlarmRule ThrottlesAlarm = new() { Threshold = 0, PeriodSeconds = 60, EvaluationPeriods = 5, DatapointsToAlarm = 3 };

    /// <summary>Errors above 1 % of invocations for 3 of the last 5 minutes.</summary>
    public static readonly AlarmRule ErrorRateAlarm = new() { Threshold = 1, PeriodSeconds = 60, EvaluationPeriods = 5, DatapointsToAlarm = 3 };

    /// <summary>p99 duration above 80 % of the timeout for 3 of the last 5 minutes.</summary>
    public static readonly AlarmRule DurationAlarm = new() { Threshold = 0.8, PeriodSeconds = 60, EvaluationPeriods = 5, DatapointsToAlarm = 3 };

    /// <summary>Maximum utilization above 0.9 for 15 minutes in a row: the target needs a higher max or a better plan.</summary>
    public static readonly AlarmRule UtilizationAlarm = new() { Threshold = 0.9, PeriodSeconds = 60, EvaluationPeriods = 15, DatapointsToAlarm = 15 };

    /// <summary>More than 5 % of requests rejected as bad payloads for 15 minutes: a client sends what the handler cannot read.</summary>
    public static readonly AlarmRule RejectedPayloadsAlarm = new() { Threshold = 0.05, PeriodSeconds = 300, EvaluationPeriods = 3, DatapointsToAlarm = 3 };

    /// <summary>A dashboard per function: concurrency, spillover, errors and latency on one page.</summary>
    public const bool Dashboard = true;

    public const double PlannerQuantile = 0.9;

    /// <summary>
    /// Share of invocations, in percent, that may land on on-demand execution environments (cold starts) over the
    /// replayed history. Half a percent is a cold start in one request of 200.
    /// </summary>
    public const double SpillBudgetPercent = 0.5;

    /// <summary>Like EC2 predictive scaling's SchedulingBufferTime.</summary>
    public const int PlannerBufferMinutes = 5;

    /// <summary>Provisioned concurrency typically becomes ready within a few minutes of a scale-out.</summary>
    public const int AllocationMinutes = 2;

    public const int PlannerHorizonHours = 48;

    /// <summary>As EC2 predictive scaling, which forecasts from the last 14 days.</summary>
    public const int PlannerHistoryDays = 14;

    /// <summary>Leaves 50 of the 200 actions a target allows for the user's own.</summary>
    public const int PlannerMaxActions = 150;

    public const string PlannerMode = "auto";

    /// <summary>The published handler package for an architecture, relative to the project root.</summary>
    public static string CodePath(string architecture) => $"handler/dist/ai-inference-{architecture}.zip";
}
