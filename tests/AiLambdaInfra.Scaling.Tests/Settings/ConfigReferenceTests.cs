using System.Reflection;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class ConfigReferenceTests
{
    public static TheoryData<string> SettingKeys()
    {
        var data = new TheoryData<string>();
        foreach (var (section, type) in new[] { ("function", typeof(FunctionSettings)), ("scaling", typeof(ScalingSettings)), ("alarms", typeof(AlarmSettings)), ("planner", typeof(PlannerSettings)) })
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                data.Add($"`{section}.{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}`");
        return data;
    }

    [Theory]
    [MemberData(nameof(SettingKeys))]
    public void EverySetting_IsDocumentedInTheReadmeConfigTable(string key) =>
        Assert.Contains(key, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")));
}
