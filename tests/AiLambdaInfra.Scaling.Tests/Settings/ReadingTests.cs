using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class ReadingTests
{
    [Fact]
    public void MisspeltTopLevelKey_IsRejectedWithASuggestion() => AssertOnlyError("  ai-lambda-infra:scalling:\n    max: 5\n",
        "`ai-lambda-infra:scalling` is not a setting of this project. Did you mean `ai-lambda-infra:scaling`? Known keys: ai-lambda-infra:function, ai-lambda-infra:scaling, ai-lambda-infra:alarms, ai-lambda-infra:planner, ai-lambda-infra:plannedActions, ai-lambda-infra:plannedStatistic, ai-lambda-infra:tags.");

    [Fact]
    public void MisspeltNestedKey_IsRejectedWithASuggestion() => AssertOnlyError("  ai-lambda-infra:scaling:\n    targetUtilisation: 0.5\n",
        "`scaling.targetUtilisation` is not a known setting. Did you mean `targetUtilization`? Known keys here: accountConcurrencyLimit, autoscaling, baseline, disableScaleIn, max, min, scaleInCooldownSeconds, scaleOutCooldownSeconds, scheduledActions, statistic, targetTracking, targetUtilization, timezone.");

    [Fact]
    public void UnknownKeyInsideAScheduledAction_IsRejected() => Assert.Contains(
        "`scaling.scheduledActions[0].minimum` is not a known setting. Did you mean `min`?",
        Messages("  ai-lambda-infra:scaling:\n    scheduledActions:\n      - { name: a, schedule: \"rate(1 day)\", min: 1, minimum: 2 }\n").Single());

    [Fact]
    public void KeysOfOtherNamespaces_AreLeftToTheirOwners() => Assert.Empty(Messages("  aws:profile: prod\n  pulumi:tags:\n    team: ml\n"));

    [Fact]
    public void TextWhereANumberBelongs_IsRejected() => AssertOnlyError("  ai-lambda-infra:function:\n    memoryMb: big\n",
        "`function.memoryMb` must be a whole number, got \"big\".");

    [Fact]
    public void FractionWhereAWholeNumberBelongs_IsRejected() => AssertOnlyError("  ai-lambda-infra:scaling:\n    max: 2.5\n",
        "`scaling.max` must be a whole number, got 2.5.");

    [Fact]
    public void QuotedNumber_IsText() => AssertOnlyError("  ai-lambda-infra:function:\n    timeoutSeconds: \"30\"\n",
        "`function.timeoutSeconds` must be a whole number, got \"30\".");

    [Fact]
    public void ScalarWhereAMappingBelongs_IsRejected() => AssertOnlyError("  ai-lambda-infra:scaling: 5\n",
        "`scaling` must be a mapping of settings, got 5. Write it as indented `key: value` lines.");

    [Fact]
    public void MappingWhereAListBelongs_IsRejected() => AssertOnlyError("  ai-lambda-infra:plannedActions:\n    name: a\n",
        "`plannedActions` must be a list, got a mapping. Write each item on a line starting with `- `.");

    [Fact]
    public void NonBooleanFlag_IsRejected() => AssertOnlyError("  ai-lambda-infra:scaling:\n    autoscaling: maybe\n",
        "`scaling.autoscaling` must be true or false, got \"maybe\".");

    [Fact]
    public void EveryBrokenRule_IsReportedAtOnce()
    {
        var messages = Messages("""
              ai-lambda-infra:function:
                memoryMb: 64
                timeoutSeconds: 1000
              ai-lambda-infra:scaling:
                targetUtilization: 0.95
                statistic: p50
            """);

        Assert.Equal(4, messages.Count);
    }

    [Fact]
    public void Errors_PointAtTheLineOfTheirKey()
    {
        var read = Read("  ai-lambda-infra:function:\n    memoryMb: 64\n  ai-lambda-infra:scaling:\n    targetUtilization: 0.95\n");

        Assert.Equal([4, 6], read.Errors.Select(e => e.Line));
        Assert.Equal("Pulumi.test.yaml:4: `function.memoryMb` must be between 128 and 10240, got 64.", read.Errors[0].ToString());
    }

    [Fact]
    public void DefaultBreakingARule_PointsAtTheNearestWrittenParent()
    {
        var read = Read("  ai-lambda-infra:scaling:\n    min: 0\n    max: 0\n");

        var baseline = read.Errors.Single(e => e.Key == "scaling.baseline");
        Assert.Equal(3, baseline.Line);
    }
}
