using AiLambdaInfra.Scaling.Settings;
using AiLambdaInfra.Scaling.StackFiles;
using FsCheck;
using FsCheck.Xunit;

namespace AiLambdaInfra.Scaling.Tests.StackFiles;

public class ScalingKeysWriterTests
{
    /// <summary>
    /// The planner's stack: comments, <c>secure:</c> values, other namespaces, a nested list last under scaling, no final
    /// newline; with a commented targetUtilization and a planned-actions key.
    /// </summary>
    private static readonly string Lf = PlannedActionsWriterTests.Stack.Replace("\r\n", "\n")
        .Replace("    max: 150\n", "    max: 150\n    targetUtilization: 0.7  # leaves headroom for a burst\n")
        .Replace("  ai-lambda-infra:tags:", "  ai-lambda-infra:plannedActions: []  # owned by the nightly job\n  ai-lambda-infra:tags:");

    private static KeyValuePair<string, string> Value(string key, string value) => new(key, value);

    private static string Set(string text, params KeyValuePair<string, string>[] values) => ScalingKeysWriter.Set(text, values, "Pulumi.prod.yaml");

    private static ScalingSettings ReadBack(string text)
    {
        var result = StackSettingsLoader.Load(StackFile.Parse(text, "Pulumi.prod.yaml").ProjectValues());
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Settings!.Scaling;
    }

    private static string Problem(string text, params KeyValuePair<string, string>[] values) =>
        Assert.Throws<StackFileException>(() => ScalingKeysWriter.Set(text, values, "Pulumi.dev.yaml")).Message;

    private static string SetPlanned(string text, string statistic) => ScalingKeysWriter.SetPlannedStatistic(text, statistic, "Pulumi.prod.yaml");

    [Fact]
    public void AbsentPlannedStatistic_IsAddedAfterTheLastConfigLine()
    {
        var text = SetPlanned(Lf, "Maximum");

        Assert.Equal(Lf.Replace("    secure: v1:ZZZZZZZZZZZZ\n", "    secure: v1:ZZZZZZZZZZZZ\n  ai-lambda-infra:plannedStatistic: Maximum\n"), text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
        Assert.Equal(text, SetPlanned(text, "Maximum"));
    }

    [Fact]
    public void PlannedStatistic_IsReplacedInPlace_KeepingItsComment()
    {
        var before = Lf.Replace("  ai-lambda-infra:tags:", "  ai-lambda-infra:plannedStatistic: Average  # the planner's\n  ai-lambda-infra:tags:");

        var text = SetPlanned(before, "Maximum");

        Assert.Equal(before.Replace("plannedStatistic: Average  #", "plannedStatistic: Maximum  #"), text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
    }

    [Fact]
    public void PlannedStatisticInAFlowConfigEndingInAMapping_IsAddedAfterThatMapping()
    {
        var text = SetPlanned("config: { aws:region: us-east-1, ai-lambda-infra:scaling: { max: 5 } }\n", "Maximum");

        Assert.Equal("config: { aws:region: us-east-1, ai-lambda-infra:scaling: { max: 5 }, ai-lambda-infra:plannedStatistic: Maximum }\n", text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
    }

    [Fact]
    public void StatisticInAFlowScalingEndingInAList_IsAddedAfterThatList()
    {
        const string flow = "config:\n  ai-lambda-infra:scaling: { max: 5, scheduledActions: [ { name: a, schedule: \"cron(0 8 * * ? *)\", min: 2 } ] }\n";

        var text = Set(flow, Value("statistic", "Maximum"));

        Assert.Equal(flow.Replace("min: 2 } ] }", "min: 2 } ], statistic: Maximum }"), text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
    }

    [Fact]
    public void PlannedStatisticInAFlowConfig_IsAddedAfterTheLastValue()
    {
        var text = SetPlanned("config: { aws:region: us-east-1, ai-lambda-infra:plannedActions: x }\n", "Maximum");

        Assert.Equal("config: { aws:region: us-east-1, ai-lambda-infra:plannedActions: x, ai-lambda-infra:plannedStatistic: Maximum }\n", text);
    }

    [Fact]
    public void PlannedStatisticInAFileWithoutConfig_IsRefused() => Assert.Equal(
        "Pulumi.dev.yaml: has no `config:` mapping; add `config:` with the stack's settings before planning again.",
        Assert.Throws<StackFileException>(() => ScalingKeysWriter.SetPlannedStatistic("encryptionsalt: abc\n", "Maximum", "Pulumi.dev.yaml")).Message);

    [Fact]
    public void PlannedStatisticOtherThanAverageOrMaximum_IsABug() =>
        Assert.Throws<ArgumentException>(() => SetPlanned(Lf, "p99"));

    [Fact]
    public void AbsentStatistic_IsAddedAfterTheLastScalingLine()
    {
        var text = Set(Lf, Value("statistic", "Maximum"));

        Assert.Equal(Lf.Replace("        min: 10\n", "        min: 10\n    statistic: Maximum\n"), text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
    }

    [Fact]
    public void AbsentKey_AfterANestedList_IsAddedAfterAllOfIt()
    {
        const string nested = "config:\n  ai-lambda-infra:scaling:\n    min: 1\n    scheduledActions:\n      - name: open\n        schedule: cron(45 7 ? * MON-FRI *)\n        min: 2\n  ai-lambda-infra:tags:\n    team: ml\n";

        var text = Set(nested, Value("targetTracking", "false"));

        Assert.Equal(nested.Replace("        min: 2\n", "        min: 2\n    targetTracking: false\n"), text);
        Assert.False(ReadBack(text).TargetTracking);
    }

    [Fact]
    public void ExplicitFirstKey_AbsentKeyTakesItsLinesIndentation()
    {
        const string explicitKey = "config:\n  ai-lambda-infra:scaling:\n    ? min\n    : 1\n    max: 100\n";

        var text = Set(explicitKey, Value("statistic", "Maximum"));

        Assert.Equal(explicitKey + "    statistic: Maximum\n", text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
    }

    [Fact]
    public void PresentTargetUtilization_IsReplacedInPlace_KeepingItsTrailingComment()
    {
        var text = Set(Lf, Value("targetUtilization", "0.8"));

        Assert.Equal(Lf.Replace("targetUtilization: 0.7  # leaves", "targetUtilization: 0.8  # leaves"), text);
        Assert.Equal(0.8, ReadBack(text).TargetUtilization);
    }

    [Fact]
    public void PresentStatistic_KeepsItsTrailingComment()
    {
        var commented = Lf.Replace("    max: 150\n", "    max: 150\n    statistic: Average   # steady traffic\n");

        var text = Set(commented, Value("statistic", "Maximum"));

        Assert.Equal(Lf.Replace("    max: 150\n", "    max: 150\n    statistic: Maximum   # steady traffic\n"), text);
    }

    [Fact]
    public void QuotedKeyAndValue_AreMatched_AndTheQuotesReplaced()
    {
        var quoted = Lf.Replace("    max: 150\n", "    max: 150\n    \"statistic\": 'Average' # quoted\n");

        var text = Set(quoted, Value("statistic", "Maximum"));

        Assert.Equal(Lf.Replace("    max: 150\n", "    max: 150\n    \"statistic\": Maximum # quoted\n"), text);
        Assert.Equal("Maximum", ReadBack(text).Statistic);
    }

    [Fact]
    public void KeyWithoutValue_GetsTheValueAfterItsColon()
    {
        var empty = Lf.Replace("    max: 150\n", "    max: 150\n    statistic:   # pick one\n");

        var text = Set(empty, Value("statistic", "Maximum"));

        Assert.Equal(Lf.Replace("    max: 150\n", "    max: 150\n    statistic: Maximum   # pick one\n"), text);
    }

    [Fact]
    public void BlockScalarValue_IsReplacedWhole()
    {
        const string block = "config:\n  ai-lambda-infra:scaling:\n    statistic: |\n      Average\n    max: 5\n";

        var text = Set(block, Value("statistic", "Maximum"));

        Assert.Equal("config:\n  ai-lambda-infra:scaling:\n    statistic: Maximum\n    max: 5\n", text);
    }

    [Fact]
    public void TaggedValue_IsReplacedTagAndAll()
    {
        const string tagged = "config:\n  ai-lambda-infra:scaling:\n    statistic: !!str Average # c\n    max: 5\n";

        Assert.Equal("config:\n  ai-lambda-infra:scaling:\n    statistic: Maximum # c\n    max: 5\n", Set(tagged, Value("statistic", "Maximum")));
    }

    [Fact]
    public void CrlfFile_KeepsCrlf()
    {
        var crlf = Lf.Replace("\n", "\r\n");

        var text = Set(crlf, Value("statistic", "Maximum"), Value("targetUtilization", "0.6"));

        Assert.Equal(crlf.Replace("targetUtilization: 0.7  # leaves", "targetUtilization: 0.6  # leaves")
            .Replace("        min: 10\r\n", "        min: 10\r\n    statistic: Maximum\r\n"), text);
    }

    [Fact]
    public void ScalingLastInAFileWithoutFinalNewline_StaysWithoutOne()
    {
        const string last = "config:\r\n  aws:region: us-east-1\r\n  ai-lambda-infra:scaling:\r\n    max: 5  # small";

        var text = Set(last, Value("statistic", "Maximum"));

        Assert.Equal(last + "\r\n    statistic: Maximum", text);
        Assert.Equal(text, Set(text, Value("statistic", "Maximum")));
    }

    [Fact]
    public void FlowScaling_GetsTheKeyBeforeTheBrace()
    {
        const string flow = "config:\n  ai-lambda-infra:scaling: { min: 1, max: 900 } # wide\n  aws:region: us-east-1\n";

        var text = Set(flow, Value("statistic", "Maximum"), Value("targetUtilization", "0.6"));

        Assert.Equal("config:\n  ai-lambda-infra:scaling: { min: 1, max: 900, statistic: Maximum, targetUtilization: 0.6 } # wide\n  aws:region: us-east-1\n", text);
        Assert.Equal(("Maximum", 0.6, 900), (ReadBack(text).Statistic, ReadBack(text).TargetUtilization, ReadBack(text).Max));
    }

    [Fact]
    public void FlowScaling_PresentValueIsReplacedInPlace()
    {
        const string flow = "config:\n  ai-lambda-infra:scaling: {min: 1, statistic: \"Average\", max: 9}\n";

        var text = Set(flow, Value("statistic", "Maximum"));

        Assert.Equal("config:\n  ai-lambda-infra:scaling: {min: 1, statistic: Maximum, max: 9}\n", text);
    }

    [Fact]
    public void EmptyFlowScaling_GetsTheKeyAlone()
    {
        var text = Set("config:\n  ai-lambda-infra:scaling: {}\n", Value("targetTracking", "false"));

        Assert.Equal("config:\n  ai-lambda-infra:scaling: {targetTracking: false}\n", text);
        Assert.False(ReadBack(text).TargetTracking);
    }

    [Fact]
    public void ValueAsWritten_GivesBackTheSameBytes()
    {
        Assert.Equal(Lf, Set(Lf, Value("targetUtilization", "0.7")));
    }

    [Fact]
    public void SettingTwice_GivesTheSameBytesAsOnce()
    {
        var once = Set(Lf, Value("statistic", "Maximum"), Value("targetUtilization", "0.8"), Value("targetTracking", "true"));
        var twice = Set(once, Value("statistic", "Maximum"), Value("targetUtilization", "0.8"), Value("targetTracking", "true"));

        Assert.Equal(once, twice);
        var scaling = ReadBack(once);
        Assert.Equal(("Maximum", 0.8, true, 2, 150, 4), (scaling.Statistic, scaling.TargetUtilization, scaling.TargetTracking, scaling.Min, scaling.Max, scaling.Baseline));
    }

    [Theory]
    [InlineData("Pulumi.dev.yaml", "statistic", "Maximum")]
    [InlineData("Pulumi.prod.yaml", "statistic", "Average")]
    [InlineData("Pulumi.prod.yaml", "targetTracking", "false")]
    public void RepositoryStackFile_ChangesInExactlyOneLine(string file, string key, string value)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Path, file));

        var text = ScalingKeysWriter.Set(original, [Value(key, value)], file);

        var (removed, added) = Difference(original, text);
        Assert.True(removed.Count <= 1, string.Join("\n", removed));
        Assert.Equal([$"{key}: {value}"], added.Select(l => l.Trim()));
        var settings = StackSettingsLoader.Load(StackFile.Parse(text, file).ProjectValues());
        Assert.True(settings.IsValid, string.Join("\n", settings.Errors));
    }

    [Fact]
    public void ProdStackFile_SetToTheStatisticItHolds_IsUnchanged()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Pulumi.prod.yaml"));

        Assert.Equal(original, ScalingKeysWriter.Set(original, [Value("statistic", "Maximum")], "Pulumi.prod.yaml"));
    }

    [Fact]
    public void NoConfig_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml: has no `config:` mapping; add `config:` with a `ai-lambda-infra:scaling` section before applying recommendations.",
        Problem("encryptionsalt: abc\n", Value("statistic", "Maximum")));

    [Fact]
    public void NoScalingSection_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml:2: has no `ai-lambda-infra:scaling` section under `config:`; add one (at least `min` and `max`) before applying recommendations.",
        Problem("# dev\nconfig:\n  aws:region: us-east-1\n", Value("statistic", "Maximum")));

    [Fact]
    public void ScalingThatIsAList_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml:3: `ai-lambda-infra:scaling` is a list, not a mapping; write its settings under it, one `name: value` a line (at least `min` and `max`), before applying recommendations.",
        Problem("config:\n  aws:region: us-east-1\n  ai-lambda-infra:scaling:\n    - min: 1\n", Value("statistic", "Maximum")));

    [Fact]
    public void ScalingThatIsAPlainValue_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml:2: `ai-lambda-infra:scaling` is the plain value `5`, not a mapping; write its settings under it, one `name: value` a line (at least `min` and `max`), before applying recommendations.",
        Problem("config:\n  ai-lambda-infra:scaling: 5\n", Value("statistic", "Maximum")));

    [Fact]
    public void KeyHoldingAMapping_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml:4: `scaling.statistic` holds a mapping, not a plain value; replace it with one such as `statistic: Maximum` (or remove the key) before applying recommendations.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    max: 5\n    statistic:\n      secure: v1:AAAA\n", Value("statistic", "Maximum")));

    [Fact]
    public void KeyHoldingAList_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml:3: `scaling.targetUtilization` holds a list, not a plain value; replace it with one such as `targetUtilization: 0.8` (or remove the key) before applying recommendations.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    targetUtilization: [0.7, 0.8]\n", Value("targetUtilization", "0.8")));

    [Fact]
    public void ValueThatWouldNotReadBack_IsRejected() => Assert.Equal(
        "Pulumi.dev.yaml:2: `scaling.statistic` cannot be set to `a,b` here without changing how its neighbours read; write `statistic: a,b` under `ai-lambda-infra:scaling` by hand.",
        Problem("config:\n  ai-lambda-infra:scaling: {max: 5}\n", Value("statistic", "a,b")));

    [Fact]
    public void InvalidYaml_IsRejectedAsParseRejectsIt()
    {
        const string broken = "config:\n  ai-lambda-infra:scaling: [1, 2\n  b: 3\n";
        var parse = Assert.Throws<StackFileException>(() => StackFile.Parse(broken, "Pulumi.dev.yaml")).Message;

        Assert.StartsWith("Pulumi.dev.yaml:3: is not valid YAML: ", parse);
        Assert.Equal(parse, Problem(broken, Value("statistic", "Maximum")));
    }

    [Fact]
    public void UnknownKey_IsAnArgumentError()
    {
        var e = Assert.Throws<ArgumentException>(() => Set(Lf, Value("max", "10")));
        Assert.Equal("`max` is not a scaling key a recommendation sets; expected one of `statistic`, `targetUtilization`, `targetTracking`. (Parameter 'values')", e.Message);
    }

    [Fact]
    public void MultiLineValue_IsAnArgumentError()
    {
        var e = Assert.Throws<ArgumentException>(() => Set(Lf, Value("statistic", "Maximum\nmax: 3")));
        Assert.Equal("The value for `statistic` must be one line of YAML scalar text such as `Maximum` or `0.8`, got \"Maximum\nmax: 3\". (Parameter 'values')", e.Message);
    }

    /// <summary>
    /// Any scaling section (a random subset and order of keys, comments on their own lines and after values, blank lines,
    /// LF or CRLF, last in the file with or without a final newline): setting statistic and targetUtilization reads back,
    /// keeps every other key, and leaves every other line as it was, in order.
    /// </summary>
    [Property(MaxTest = 300)]
    public void AnyScalingSection_GetsItsKeysSet_EveryOtherLineKept(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var newline = random.Next(2) == 0 ? "\n" : "\r\n";
        var last = random.Next(2) == 0;
        var lines = new List<string> { "# generated", "config:", "  aws:region: us-east-1", "  ai-lambda-infra:scaling:" };
        string[] keys = ["min: 1", "max: 40", "statistic: Average", "targetUtilization: 0.7", "baseline: 2"];
        var section = keys.Where(_ => random.Next(3) > 0).OrderBy(_ => random.Next()).ToList();
        if (section.Count == 0) section.Add("max: 40");
        foreach (var line in section)
        {
            if (random.Next(4) == 0) lines.Add(random.Next(2) == 0 ? "" : "    # a note");
            lines.Add("    " + line + (random.Next(3) == 0 ? "   # why" : ""));
        }
        if (random.Next(3) == 0) lines.Add("");
        if (!last) lines.AddRange(["  ai-lambda-infra:tags:", "    team: ml"]);
        var original = string.Join(newline, lines) + (last && random.Next(2) == 0 ? "" : newline);

        var text = ScalingKeysWriter.Set(original, [Value("statistic", "Maximum"), Value("targetUtilization", "0.55")], "Pulumi.gen.yaml");

        var scaling = ReadBack(text);
        Assert.Equal(("Maximum", 0.55), (scaling.Statistic, scaling.TargetUtilization));
        Assert.Equal(section.Contains("min: 1") ? 1 : Defaults.MinCapacity, scaling.Min);
        Assert.Equal(section.Contains("baseline: 2") ? 2 : Defaults.Baseline, scaling.Baseline);
        Assert.Equal(section.Contains("max: 40") ? 40 : Defaults.MaxCapacity, scaling.Max);
        Assert.Equal(original.EndsWith(newline), text.EndsWith(newline));
        Assert.Equal(text.Count(c => c == '\n'), text.Split(newline).Length - 1); // every line ends as the file's do
        Assert.Equal(newline == "\r\n", text.Contains('\r'));
        var written = text.Split(newline);
        var before = original.Split(newline);
        Assert.Single(written, Expected("statistic: Average", "statistic: Maximum"));
        Assert.Single(written, Expected("targetUtilization: 0.7", "targetUtilization: 0.55"));
        Assert.Equal(Untouched(before), Untouched(written));

        // A key that was there keeps its line, trailing comment and all; one that was not gets a plain line.
        string Expected(string was, string now) =>
            before.SingleOrDefault(l => l.Contains(was, StringComparison.Ordinal))?.Replace(was, now, StringComparison.Ordinal) ?? "    " + now;

        static IEnumerable<string> Untouched(IEnumerable<string> all) =>
            all.Where(l => !l.TrimStart().StartsWith("statistic:", StringComparison.Ordinal) && !l.TrimStart().StartsWith("targetUtilization:", StringComparison.Ordinal));
    }

    /// <summary>The lines of <paramref name="before"/> and <paramref name="after"/> between their common first and last lines.</summary>
    private static (List<string> Removed, List<string> Added) Difference(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;
        return (a[head..^tail].ToList(), b[head..^tail].ToList());
    }
}
