using System.Text;
using AiLambdaInfra.Scaling.StackFiles;
using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.StackFiles;

public class HostileYamlTests
{
    private static string Problem(string text) =>
        Assert.Throws<StackFileException>(() => StackFile.Parse(text, "Pulumi.test.yaml")).Message;

    [Fact]
    public void NestedAliases_AreRefusedBeforeTheyExpand()
    {
        // Eight levels of nine-fold aliases would stand for 43 million strings.
        var text = new StringBuilder("config:\n  x:bomb:\n    l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 8; level++)
            text.Append($"    l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))}]\n");

        Assert.Equal("Pulumi.test.yaml:4: uses the YAML alias `*l0`; write the value out in full. Stack files may not use aliases: nested ones expand exponentially, so a few lines could stand for gigabytes.",
            Problem(text.ToString()));
    }

    [Fact]
    public void SecondDocument_IsAnError() => Assert.Equal(
        "Pulumi.test.yaml:4: starts a second YAML document here; a stack file is one document, and Pulumi reads only the first. Remove everything from this `---` on, or move it to its own file.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    max: 5\n---\nconfig: {}\n"));

    [Fact]
    public void NonScalarConfigKey_IsAnError() => Assert.Equal(
        "Pulumi.test.yaml:2: `config:` has a key that is a list or mapping; config keys are plain names such as `aws:region` or `ai-lambda-infra:scaling`.",
        Problem("config:\n  ? [a, b]\n  : 1\n"));

    [Fact]
    public void NonScalarKeyInsideASetting_IsAnError() => Assert.Equal(
        "Pulumi.test.yaml:3: `scaling` has a key that is not a plain name.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    ? {a: 1}\n    : 2\n"));

    [Fact]
    public void StrTaggedNumber_IsRejectedLikeAQuotedOne()
    {
        var tagged = Messages("  ai-lambda-infra:function:\n    memoryMb: !!str 2048\n");
        var quoted = Messages("  ai-lambda-infra:function:\n    memoryMb: \"2048\"\n");

        Assert.Equal(["`function.memoryMb` must be a whole number, got \"2048\"."], tagged);
        Assert.Equal(quoted, tagged);
    }

    [Fact]
    public void OtherTags_AreRefused() => Assert.Equal(
        "Pulumi.test.yaml:3: uses the YAML tag `!!int`; write the plain value without it. Stack files read only `!!str`, which makes a value a string like quotes do.",
        Problem("config:\n  ai-lambda-infra:function:\n    memoryMb: !!int 2048\n"));

    [Fact]
    public void DeepNesting_IsRefused() => Assert.Equal(
        "Pulumi.test.yaml:2: nests more than 32 levels deep here; no stack file needs that. Flatten the value.",
        Problem("config:\n  x:deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n"));

    [Fact]
    public void IntegerWithALeadingZero_IsRefused_SincePulumiReadsItAsOctal() => Assert.Equal(
        "Pulumi.test.yaml:3: `scaling.max` is 010, a number with a leading zero, which Pulumi (go-yaml, YAML 1.1) reads as the octal number 8, not 10. Write 10, or quote it (\"010\") if a string is meant.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    max: 010\n"));

    [Fact]
    public void NegativeIntegerWithALeadingZero_IsRefused() => Assert.Equal(
        "Pulumi.test.yaml:3: `scaling.min` is -017, a number with a leading zero, which Pulumi (go-yaml, YAML 1.1) reads as the octal number -15, not -17. Write -17, or quote it (\"-017\") if a string is meant.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    min: -017\n"));

    [Fact]
    public void LeadingZeroBeforeANonOctalDigit_IsRefused() => Assert.Equal(
        "Pulumi.test.yaml:3: `scaling.max` is 09, a number with a leading zero, which YAML readers disagree on (go-yaml, which Pulumi uses, tries it as octal). Write 9, or quote it (\"09\") if a string is meant.",
        Problem("config:\n  ai-lambda-infra:scaling:\n    max: 09\n"));

    [Theory]
    [InlineData("0o10")]
    [InlineData("0x1F")]
    [InlineData("0b101")]
    public void IntegerInAnotherBase_IsRefused(string number) => Assert.Equal(
        $"Pulumi.test.yaml:3: `scaling.max` is {number}, a number in base 2, 8 or 16, which Pulumi reads as a number and this tool cannot check. Write it in decimal, or quote it (\"{number}\") if a string is meant.",
        Problem($"config:\n  ai-lambda-infra:scaling:\n    max: {number}\n"));

    [Fact]
    public void QuotedLeadingZero_StaysAString() =>
        Assert.Equal(["`scaling.max` must be a whole number, got \"010\"."], Messages("  ai-lambda-infra:scaling:\n    max: \"010\"\n"));

    [Fact]
    public void HugeKey_IsRefusedAtItsLineCutShort() => Assert.Equal(
        $"Pulumi.test.yaml:3: has a key of 900000 characters, \"{new string('k', 40)}…\"; no setting, variable or tag name is longer than 256. Check the indentation and quotes: a value may have been read as a key.",
        Problem("config:\n  ai-lambda-infra:tags:\n    ? " + new string('k', 900_000) + "\n    : v\n"));

    [Fact]
    public void NumberBeyondDouble_IsAnError() => Assert.Equal(
        "Pulumi.test.yaml:3: `function.memoryMb` is the number 1e999, too large to be read as one. Write a number of ordinary size.",
        Problem("config:\n  ai-lambda-infra:function:\n    memoryMb: 1e999\n"));

    [Fact]
    public void TabIndentation_IsReportedOnItsOwnLine()
    {
        var text = "config:\n" + string.Concat(Enumerable.Repeat("  # note\n", 14)) + "\tai-lambda-infra:scaling: {}\n";

        Assert.Equal("Pulumi.test.yaml:16: is not valid YAML: a tab indents this line, and YAML indents with spaces only. Replace the tab with spaces.",
            Problem(text));
    }

    [Fact]
    public void TabAfterAValue_IsReportedOnTheTabbedLine()
    {
        var text = "config:\n" + string.Concat(Enumerable.Repeat("  # note\n", 12)) + "  ai-lambda-infra:scaling:\n    min: 1\n\tmax: 10\n";

        Assert.Equal("Pulumi.test.yaml:16: is not valid YAML: a tab indents this line, and YAML indents with spaces only. Replace the tab with spaces.",
            Problem(text));
    }

    [Fact]
    public void MisspeltNamespace_IsReportedWithTheRightOne() => Assert.Equal(
        ["Pulumi.test.yaml:3: `ai-lambda-infr:planner` is not read: its namespace `ai-lambda-infr` is not this project's `ai-lambda-infra`, so the setting would be silently ignored. Did you mean `ai-lambda-infra:planner`?"],
        Read("  ai-lambda-infr:planner:\n    quantile: 0.9\n").Errors.Select(e => e.ToString()));

    [Fact]
    public void AnotherProjectsStackFile_IsRejected() => Assert.Equal(
        ["Pulumi.test.yaml:3: holds keys of `shop-api` and none of `ai-lambda-infra` (the project Pulumi.yaml names): this is another project's stack file. Pass a Pulumi.<stack>.yaml of this project."],
        Read("  shop-api:scaling:\n    max: 5\n").Errors.Select(e => e.ToString()));

    [Fact]
    public void KeyWithoutNamespace_IsRejected() => Assert.Equal(
        ["Pulumi.test.yaml:3: `scaling` has no namespace; Pulumi reads config keys as `<namespace>:<name>`. Write it as `ai-lambda-infra:scaling` if it is a setting of this project."],
        Read("  scaling:\n    max: 5\n").Errors.Select(e => e.ToString()));

    [Fact]
    public void KeyWithAnEmptyNamespace_SuggestsTheKeyWithOneColon() => Assert.Equal(
        ["Pulumi.test.yaml:3: `:planner` has no namespace; Pulumi reads config keys as `<namespace>:<name>`. Write it as `ai-lambda-infra:planner` if it is a setting of this project."],
        Read("  :planner:\n    maxActions: 5\n").Errors.Select(e => e.ToString()));

    [Fact]
    public void KeyThatIsOnlyTheNamespace_IsReportedAtItsLine() => Assert.Equal(
        ["Pulumi.test.yaml:3: `ai-lambda-infra:` is not a setting of this project. Known keys: ai-lambda-infra:function, ai-lambda-infra:scaling, ai-lambda-infra:alarms, ai-lambda-infra:planner, ai-lambda-infra:plannedActions, ai-lambda-infra:plannedStatistic, ai-lambda-infra:tags."],
        Read("  ai-lambda-infra::\n    x: 1\n").Errors.Select(e => e.ToString()));

    [Fact]
    public void TheProjectNamespace_IsTheNamePulumiYamlGives() =>
        Assert.Contains($"name: {AiLambdaInfra.Scaling.Settings.StackSettingsLoader.ConfigNamespace}\n", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Pulumi.yaml")));

    [Fact]
    public void EchoedValues_EscapeControlCharacters() => Assert.Equal(
        ["Pulumi.test.yaml:4: `function.name` must be 1 to 64 letters, digits, hyphens or underscores, got \"x\\n::error file=a::forged\\x1b[31m\"."],
        Read("  ai-lambda-infra:function:\n    name: \"x\\n::error file=a::forged\\e[31m\"\n").Errors.Select(e => e.ToString()));

    [Fact]
    public void Directory_IsUnreadableWithItsReason()
    {
        var directory = Directory.CreateTempSubdirectory("ailambda-dir-").FullName;
        try
        {
            var error = Assert.Throws<StackFileException>(() => StackFile.Load(directory, "Pulumi.dir.yaml"));
            Assert.Equal("Pulumi.dir.yaml: cannot be read: it is a directory. Pass a Pulumi.<stack>.yaml file.", error.Message);
            Assert.True(error.Unreadable);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }
}
