using System.Text.Json;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>
/// Reads one log line as a CloudWatch embedded metric format document and checks the structure CloudWatch needs to
/// extract it: a JSON object on one line whose <c>_aws</c> member holds the timestamp and one metric directive,
/// with every dimension and metric the directive names present at the top level.
/// </summary>
internal static class EmfDocument
{
    public static JsonElement Parse(string line, DateTimeOffset at, string[][] dimensionSets, (string Name, string Unit)[] metrics)
    {
        Assert.DoesNotContain('\n', line);
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);

        var aws = root.GetProperty("_aws");
        Assert.Equal(["Timestamp", "CloudWatchMetrics"], aws.EnumerateObject().Select(member => member.Name));
        Assert.Equal(at.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());

        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal(["Namespace", "Dimensions", "Metrics"], directive.EnumerateObject().Select(member => member.Name));
        Assert.Equal("AiLambdaInfra", directive.GetProperty("Namespace").GetString());
        Assert.Equal(
            dimensionSets,
            directive.GetProperty("Dimensions").EnumerateArray().Select(set => set.EnumerateArray().Select(name => name.GetString()!).ToArray()).ToArray());
        Assert.Equal(
            metrics,
            directive.GetProperty("Metrics").EnumerateArray().Select(metric => (metric.GetProperty("Name").GetString()!, metric.GetProperty("Unit").GetString()!)).ToArray());

        foreach (var dimension in dimensionSets.SelectMany(set => set).Distinct())
        {
            Assert.Equal(JsonValueKind.String, root.GetProperty(dimension).ValueKind);
        }

        foreach (var (name, _) in metrics)
        {
            Assert.Equal(JsonValueKind.Number, root.GetProperty(name).ValueKind);
        }

        return root;
    }
}
