using AiLambdaInfra.Scaling.Deployment;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

/// <summary>The README's alarm table covers every alarm the stack can deploy, under its deployed name.</summary>
public class AlarmReferenceTests
{
    public static TheoryData<AlarmKind> Kinds() => [.. Enum.GetValues<AlarmKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryAlarm_HasAReadmeRow(AlarmKind kind) =>
        Assert.Contains($"| `<function>-{AlarmDefinitions.Suffix(kind)}` |", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));
}
