using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class DefaultsTests
{
    [Fact]
    public void EmptyStack_TakesEveryDefault()
    {
        var read = StackYaml.Read("");

        Assert.True(read.IsValid);
        var s = read.Settings!;
        Assert.Equal(2048, s.Function.MemoryMb);
        Assert.Equal(30, s.Function.TimeoutSeconds);
        Assert.Equal(512, s.Function.EphemeralStorageMb);
        Assert.Equal("arm64", s.Function.Architecture);
        Assert.Equal("live", s.Function.Alias);
        Assert.Equal("dotnet8", s.Function.Runtime);
        Assert.Equal("handler/dist/ai-inference-arm64.zip", s.Function.EffectiveCodePath);
        Assert.True(s.Scaling.Autoscaling);
        Assert.Equal((1, 1, 10), (s.Scaling.Baseline, s.Scaling.Min, s.Scaling.Max));
        Assert.Equal(0.7, s.Scaling.TargetUtilization);
        Assert.Equal("Average", s.Scaling.Statistic);
        Assert.Equal(1000, s.Scaling.AccountConcurrencyLimit);
        Assert.Equal("UTC", s.Scaling.Timezone);
        Assert.Equal(Defaults.SpilloverAlarm, s.Alarms.Spillover);
        Assert.Equal(0.9, s.Planner.Quantile);
        Assert.Equal(150, s.Planner.MaxActions);
        Assert.Empty(s.AllScheduledActions);
    }

    [Fact]
    public void X86Architecture_PointsAtTheX86Package()
    {
        var s = StackYaml.Read("  ai-lambda-infra:function:\n    architecture: x86_64\n").Settings!;

        Assert.Equal("handler/dist/ai-inference-x86_64.zip", s.Function.EffectiveCodePath);
    }

    [Fact]
    public void AlarmFieldsLeftOut_KeepThatAlarmsDefaults()
    {
        var s = StackYaml.Read("  ai-lambda-infra:alarms:\n    utilization:\n      threshold: 0.8\n").Settings!;

        Assert.Equal(Defaults.UtilizationAlarm with { Threshold = 0.8 }, s.Alarms.Utilization);
        Assert.Equal(15, s.Alarms.Utilization.EvaluationPeriods);
    }

    [Fact]
    public void PlannedActions_AreChainedAfterTheUsersOwn()
    {
        var s = StackYaml.Read("""
              ai-lambda-infra:scaling:
                scheduledActions:
                  - { name: mine, schedule: "cron(0 8 ? * MON-FRI *)", min: 3 }
              ai-lambda-infra:plannedActions:
                - { name: planned-1, schedule: "at(2026-12-01T08:00:00)", min: 4, max: 10 }
            """).Settings!;

        Assert.Equal(["mine", "planned-1"], s.AllScheduledActions.Select(a => a.Name));
    }

    [Fact]
    public void RepositoryStackFiles_AreValid()
    {
        foreach (var stack in new[] { "dev", "prod" })
        {
            var path = Path.Combine(RepositoryRoot.Path, $"Pulumi.{stack}.yaml");
            var read = AiLambdaInfra.Scaling.StackFiles.StackFileSettings.Read(AiLambdaInfra.Scaling.StackFiles.StackFile.Load(path));
            Assert.Empty(read.Errors);
        }
    }
}
