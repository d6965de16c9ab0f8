using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Scaling.Tests.StackFiles;

public class PlannedActionsWriterTests
{
    internal const string Stack = """
        # prod stack: edited by people and by the planner
        secretsprovider: awskms://alias/pulumi
        encryptedkey: AQICAHhAbc==
        config:
          aws:region: us-east-1 # where it runs
          ai-lambda-infra:function:
            memoryMb: 2048
            environment:
              API_KEY:
                secure: v1:AAAAAAAAAAAAAAAAAAAAAAAAAA+bbbbbbbbbbbbbbb==
          # Capacity: keep max under the reserved concurrency.
          ai-lambda-infra:scaling:
            baseline: 4
            min: 2   # floor
            max: 150
            timezone: America/New_York
            scheduledActions:
              - name: weekday-open   # ours, hand-written
                schedule: cron(45 7 ? * MON-FRI *)
                min: 10

          ai-lambda-infra:tags:
            team: ml  # owner
          database:password:
            secure: v1:ZZZZZZZZZZZZ
        # trailing comment
        """;

    private static readonly IReadOnlyList<ScheduledActionSettings> Actions =
    [
        new() { Name = "planned-mon-0735", Schedule = "cron(35 7 ? * MON *)", Timezone = "America/New_York", Min = 12, Max = 150 },
        new() { Name = "planned-mon-1900", Schedule = "cron(0 19 ? * MON *)", Timezone = "America/New_York", Min = 3, Max = 3 },
    ];

    private static readonly IReadOnlyList<ScheduledActionSettings> Other =
    [
        new() { Name = "planned-20261130-0453", Schedule = "at(2026-11-30T04:53:00)", Timezone = "America/New_York", Min = 40, Max = 150 },
    ];

    private static IReadOnlyList<ScheduledActionSettings> ReadBack(string text)
    {
        var result = StackSettingsLoader.Load(StackFile.Parse(text, "Pulumi.prod.yaml").ProjectValues());
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Settings!.PlannedActions;
    }

    [Fact]
    public void FlowListOverSeveralLines_IsReplacedUpToItsClosingBracket()
    {
        var before = Stack.Replace("  ai-lambda-infra:tags:",
            "  ai-lambda-infra:plannedActions: [\n    { name: planned-x, schedule: \"cron(0 8 * * ? *)\", min: 2, max: 10 }\n  ]\n  ai-lambda-infra:tags:");

        var text = PlannedActionsWriter.Splice(before, Actions, "Pulumi.prod.yaml");

        Assert.Equal(Actions, ReadBack(text));
        Assert.DoesNotContain("planned-x", text);
        Assert.StartsWith(before[..before.IndexOf("  ai-lambda-infra:plannedActions", StringComparison.Ordinal)], text);
        Assert.EndsWith(before[before.IndexOf("  ai-lambda-infra:tags:", StringComparison.Ordinal)..], text);
    }

    [Fact]
    public void AbsentKey_IsAddedAtTheEndOfConfig_EverythingElseKept()
    {
        var text = PlannedActionsWriter.Splice(Stack, Actions, "Pulumi.prod.yaml");

        var cut = Stack.IndexOf("# trailing comment", StringComparison.Ordinal);
        Assert.StartsWith(Stack[..cut], text);
        Assert.EndsWith("\n# trailing comment", text);
        Assert.Equal(Actions, ReadBack(text));
        Assert.Contains("""
              # Written by `ailambda plan` from the function's CloudWatch history; the next run replaces this list.
              ai-lambda-infra:plannedActions:
                - name: planned-mon-0735
                  schedule: cron(35 7 ? * MON *)
                  timezone: America/New_York
                  min: 12
                  max: 150
            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void SamePlanAgain_IsByteIdentical()
    {
        var once = PlannedActionsWriter.Splice(Stack, Actions, "Pulumi.prod.yaml");
        var twice = PlannedActionsWriter.Splice(once, Actions, "Pulumi.prod.yaml");

        Assert.Equal(once, twice);
    }

    [Fact]
    public void NewPlan_ReplacesOnlyTheOldBlock()
    {
        var once = PlannedActionsWriter.Splice(Stack, Actions, "Pulumi.prod.yaml");
        var replaced = PlannedActionsWriter.Splice(once, Other, "Pulumi.prod.yaml");

        Assert.Equal(PlannedActionsWriter.Splice(Stack, Other, "Pulumi.prod.yaml"), replaced);
        Assert.Equal(Other, ReadBack(replaced));
        Assert.Single(replaced.Split('\n'), l => l.Contains(PlannedActionsWriter.Comment, StringComparison.Ordinal));
    }

    [Fact]
    public void KeyInTheMiddle_IsReplacedInPlace_KeyOrderKept()
    {
        var middle = Stack.Replace("  ai-lambda-infra:tags:", "  ai-lambda-infra:plannedActions: []   # to be filled\n  ai-lambda-infra:tags:");

        var text = PlannedActionsWriter.Splice(middle, Actions, "Pulumi.prod.yaml");

        Assert.True(text.IndexOf("plannedActions", StringComparison.Ordinal) < text.IndexOf("ai-lambda-infra:tags", StringComparison.Ordinal));
        Assert.Equal(Actions, ReadBack(text));
        Assert.Contains("database:password:\n    secure: v1:ZZZZZZZZZZZZ\n", text);
        Assert.Equal(middle.Replace("  ai-lambda-infra:plannedActions: []   # to be filled\n",
            PlannedActionsWriter.Render(Actions, "  ", "\n").Replace("ai-lambda-infra:plannedActions:\n", "ai-lambda-infra:plannedActions:  # to be filled\n")), text);
    }

    [Fact]
    public void CrlfFileWithoutFinalNewline_KeepsItsLineEndings()
    {
        var crlf = Stack.Replace("\r\n", "\n").Replace("\n# trailing comment", "").Replace("\n", "\r\n");

        var text = PlannedActionsWriter.Splice(crlf, Actions, "Pulumi.prod.yaml");

        Assert.StartsWith(crlf, text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.False(text.EndsWith('\n'));
        Assert.Equal(Actions, ReadBack(text));
        Assert.Equal(text, PlannedActionsWriter.Splice(text, Actions, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void NoPlannedActions_IsAnEmptyList()
    {
        var text = PlannedActionsWriter.Splice(Stack, [], "Pulumi.prod.yaml");

        Assert.Contains("  ai-lambda-infra:plannedActions: []\n", text);
        Assert.Empty(ReadBack(text));
    }

    [Fact]
    public void InvalidYaml_IsRejectedWithItsLine()
    {
        var e = Assert.Throws<StackFileException>(() => PlannedActionsWriter.Splice("config:\n  a: [1, 2\n  b: 3\n", Actions, "Pulumi.bad.yaml"));
        Assert.StartsWith("Pulumi.bad.yaml:3: is not valid YAML: ", e.Message);
    }

    [Fact]
    public void StackWithoutScaling_IsRejected()
    {
        var e = Assert.Throws<StackFileException>(() => PlannedActionsWriter.Splice("config:\n  aws:region: us-east-1\n", Actions, "Pulumi.dev.yaml"));
        Assert.Equal("Pulumi.dev.yaml:1: has no `ai-lambda-infra:scaling` section under `config:`; add one (at least `min` and `max`) before planning.", e.Message);
    }

    [Fact]
    public void StackWithoutConfig_IsRejected()
    {
        var e = Assert.Throws<StackFileException>(() => PlannedActionsWriter.Splice("encryptionsalt: abc\n", Actions, "Pulumi.dev.yaml"));
        Assert.Equal("Pulumi.dev.yaml: has no `config:` mapping; add `config:` with a `ai-lambda-infra:scaling` section before planning.", e.Message);
    }

    [Fact]
    public void CommentAfterTheKey_StaysOnTheKeyLine_EveryNight()
    {
        var commented = Stack.Replace("  ai-lambda-infra:tags:", "  ai-lambda-infra:plannedActions: []  # owned by the nightly job, see INC-1234\n  ai-lambda-infra:tags:");

        var once = PlannedActionsWriter.Splice(commented, Actions, "Pulumi.prod.yaml");
        var twice = PlannedActionsWriter.Splice(once, Other, "Pulumi.prod.yaml");
        var emptied = PlannedActionsWriter.Splice(twice, [], "Pulumi.prod.yaml");

        Assert.Contains("  ai-lambda-infra:plannedActions:  # owned by the nightly job, see INC-1234\n", once);
        Assert.Contains("  ai-lambda-infra:plannedActions:  # owned by the nightly job, see INC-1234\n", twice);
        Assert.Contains("  ai-lambda-infra:plannedActions: []  # owned by the nightly job, see INC-1234\n", emptied);
        Assert.Equal(Other, ReadBack(twice));
    }
}
