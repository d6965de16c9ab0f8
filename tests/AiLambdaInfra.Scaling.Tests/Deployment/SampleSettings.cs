using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

/// <summary>Settings shaped like the repository's stack files, built in code so each test changes one thing.</summary>
internal static class SampleSettings
{
    public static readonly DeploymentContext Context = new("inference", "ai-lambda-infra", "prod", "eu-west-1");

    public static StackSettings Dev() => new()
    {
        Function = new FunctionSettings(),
        Scaling = new ScalingSettings { Baseline = 0, Min = 0, Max = 2 },
        Alarms = new AlarmSettings(),
        Planner = new PlannerSettings(),
    };

    public static StackSettings Prod() => new()
    {
        Function = new FunctionSettings
        {
            MemoryMb = 3008,
            TimeoutSeconds = 20,
            Environment = new Dictionary<string, string> { ["MODEL_PATH"] = "/opt/model.onnx", ["LOG_LEVEL"] = "info" },
        },
        Scaling = new ScalingSettings
        {
            Baseline = 4,
            Min = 2,
            Max = 40,
            Statistic = "Maximum",
            TargetUtilization = 0.6,
            ScaleInCooldownSeconds = 600,
            ScaleOutCooldownSeconds = 30,
            Timezone = "Europe/Berlin",
            ScheduledActions =
            [
                new ScheduledActionSettings { Name = "weekday-morning", Schedule = "cron(0 7 ? * MON-FRI *)", Min = 10, Max = 40 },
                new ScheduledActionSettings { Name = "weekday-evening", Schedule = "cron(0 20 ? * MON-FRI *)", Timezone = "Europe/London", Min = 2, Max = 20 },
            ],
        },
        Alarms = new AlarmSettings { Emails = ["oncall@example.com"] },
        Planner = new PlannerSettings(),
        PlannedActions =
        [
            new ScheduledActionSettings
            {
                Name = "planned-0001",
                Schedule = "at(2026-12-01T08:00:00)",
                StartTime = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)),
                EndTime = new DateTimeOffset(2026, 12, 2, 0, 30, 15, TimeSpan.Zero),
                Min = 12,
            },
        ],
        Tags = new Dictionary<string, string> { ["team"] = "ml-platform", ["cost-center"] = "4711" },
    };

    public static DeploymentPlan Plan(StackSettings settings) => DeploymentPlanBuilder.Build(settings, Context);
}
