using System.Reflection;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class ConfigReferenceTests
{
    public static TheoryData<string> SettingKeys()
    {
        var data = new TheoryData<string>();
        foreach (var (section, type) in new[] { ("function", typeof(FunctionSettings)), ("scaling", typeof(ScalingSettings)), ("alarms", typeof(AlarmSettings)), ("planner", typeof(PlannerSettings)) })
            // StatisticPinned is whether scaling.statistic is set, not a key of its own.
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != nameof(ScalingSettings.StatisticPinned)))
                data.Add($"`{section}.{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}`");
        // The planner's own keys, besides the sections.
        data.Add("`ai-lambda-infra:plannedActions`");
        data.Add("`ai-lambda-infra:plannedStatistic`");
        return data;
    }

    [Theory]
    [MemberData(nameof(SettingKeys))]
    public void EverySetting_IsDocumentedInTheReadmeConfigTable(string key) =>
        Assert.Contains(key, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));
}
