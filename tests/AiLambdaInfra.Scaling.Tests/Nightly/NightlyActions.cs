using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

/// <summary>Scheduled actions for the nightly tests, written as the planner writes them.</summary>
internal static class NightlyActions
{
    public const string Zone = "America/New_York";
    public const int StackMax = 150;

    /// <summary>Monday 2026-11-30 04:00 in New York: when the nightly job runs in these tests.</summary>
    public static readonly Instant Night = Instant.FromUtc(2026, 11, 30, 9, 0);

    /// <summary>The settings of the shipped <c>Pulumi.prod.yaml</c>.</summary>
    public static StackSettings Prod() =>
        StackFileSettings.Read(StackFile.Load(Path.Combine(RepositoryRoot.Path, "Pulumi.prod.yaml"))).Settings!;

    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>A weekly action at <paramref name="day"/> (0 = Sunday) <paramref name="hour"/>:<paramref name="minute"/> local, min = level, max = the stack's.</summary>
    public static ScheduledActionSettings Weekly(string name, int day, int hour, int minute, int level) => new()
    {
        Name = name, Schedule = $"cron({minute} {hour} ? * {Days[day]} *)", Timezone = Zone, Min = level, Max = StackMax,
    };

    /// <summary>A one-off action at a local date and time.</summary>
    public static ScheduledActionSettings At(string name, string local, int level) => new()
    {
        Name = name, Schedule = $"at({local})", Timezone = Zone, Min = level, Max = StackMax,
    };

    /// <summary>A fresh plan holding <paramref name="actions"/> from <paramref name="start"/> to <paramref name="end"/>, as the planner would hand it over.</summary>
    public static CapacityPlan Plan(PlanMode mode, IReadOnlyList<ScheduledActionSettings> actions, Instant start, Instant end, int budget) => new()
    {
        Mode = mode,
        Start = start,
        End = end,
        Actions = actions,
        Timeline = ScheduleExpander.Timeline(actions, Zone, start, end, 2, StackMax),
        Required = new RequiredCapacity(start, Duration.FromMinutes(5), [], []),
        ActionBudget = budget,
    };
}
