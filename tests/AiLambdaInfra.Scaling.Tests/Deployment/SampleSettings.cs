using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

/// <summary>Valid settings shaped like the repository's stack files, built in code so each test changes one thing.</summary>
internal static class SampleSettings
{
    public static StackSettings Dev() => new()
    {
        Function = new FunctionSettings(),
        Scaling = new ScalingSettings { Baseline = 1, Min = 1, Max = 2 },
        Alarms = new AlarmSettings(),
        Planner = new PlannerSettings(),
    };

    public static StackSettings Prod() => new()
    {
        Function = new FunctionSettings
        {
            MemoryMb = 3008,
            TimeoutSeconds = 20,
            ReservedConcurrency = 60,
            Environment = new Dictionary<string, string> { ["MODEL_PATH"] = "/opt/model.onnx", ["LOG_LEVEL"] = "info" },
        },
        Scaling = new ScalingSettings
        {
            Baseline = 4,
            Min = 2,
            Max = 40,
            Statistic = "Maximum",
            TargetUtilization = 0.6,
            Timezone = "Europe/Berlin",
            ScheduledActions =
            [
                new ScheduledActionSettings { Name = "weekday-morning", Schedule = "cron(0 7 ? * MON-FRI *)", Min = 10, Max = 40 },
                new ScheduledActionSettings { Name = "weekday-evening", Schedule = "cron(0 20 ? * MON-FRI *)", Timezone = "Europe/London", Min = 2, Max = 20 },
            ],
        },
        Alarms = new AlarmSettings { Emails = ["oncall@example.com"] },
        Planner = new PlannerSettings { SpillBudgetPercent = 1.5 },
        Tags = new Dictionary<string, string> { ["team"] = "ml-platform", ["cost-center"] = "4711" },
    };
}
