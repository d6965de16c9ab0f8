using System.Text.Json;
using AiLambdaInfra.Scaling.Deployment;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class DashboardBodyTests
{
    private static JsonElement Widget(JsonDocument body, string title) =>
        body.RootElement.GetProperty("widgets").EnumerateArray().Single(widget => widget.GetProperty("properties").GetProperty("title").GetString() == title);

    private static IEnumerable<(string Label, double Value)> Annotations(JsonElement widget) =>
        widget.GetProperty("properties").GetProperty("annotations").GetProperty("horizontal").EnumerateArray()
            .Select(line => (line.GetProperty("label").GetString()!, line.GetProperty("value").GetDouble()));

    [Fact]
    public void Dashboard_HasTheFiveWidgetsOnOnePage()
    {
        using var body = JsonDocument.Parse(DashboardBody.Json(SampleSettings.Prod(), "fn-1", "eu-west-1", ["arn:a", "arn:b"]));

        Assert.Equal(
            [DashboardBody.ConcurrencyTitle, DashboardBody.SpilloverTitle, DashboardBody.ErrorsTitle, DashboardBody.LatencyTitle, DashboardBody.AlarmsTitle],
            body.RootElement.GetProperty("widgets").EnumerateArray().Select(widget => widget.GetProperty("properties").GetProperty("title").GetString()));
        Assert.Equal(["arn:a", "arn:b"], Widget(body, DashboardBody.AlarmsTitle).GetProperty("properties").GetProperty("alarms").EnumerateArray().Select(arn => arn.GetString()));
    }

    [Fact]
    public void WithoutAlarms_TheAlarmWidgetIsLeftOut()
    {
        using var body = JsonDocument.Parse(DashboardBody.Json(SampleSettings.Dev(), "fn-1", "eu-west-1", []));

        Assert.DoesNotContain(body.RootElement.GetProperty("widgets").EnumerateArray(), widget => widget.GetProperty("type").GetString() == "alarm");
        Assert.Equal(4, body.RootElement.GetProperty("widgets").GetArrayLength());
    }

    [Fact]
    public void ConcurrencyWidget_MarksTheStacksFloorCeilingAndReservedConcurrency()
    {
        using var body = JsonDocument.Parse(DashboardBody.Json(SampleSettings.Prod(), "fn-1", "eu-west-1", []));

        Assert.Equal([("scaling.min", 2.0), ("scaling.max", 40.0), ("reserved concurrency", 60.0)], Annotations(Widget(body, DashboardBody.ConcurrencyTitle)));
    }

    [Fact]
    public void ThresholdLines_AreTheAlarmsThresholds()
    {
        using var body = JsonDocument.Parse(DashboardBody.Json(SampleSettings.Prod(), "fn-1", "eu-west-1", []));

        Assert.Equal([("spillover alarm (%)", 1.5), ("target utilization (right axis)", 0.6)], Annotations(Widget(body, DashboardBody.SpilloverTitle)));
        Assert.Equal([("duration alarm (ms)", 16000.0), ("timeout (ms)", 20000.0)], Annotations(Widget(body, DashboardBody.LatencyTitle)));
    }

    [Fact]
    public void SpilloverShare_IsSummedOverTheAlarmsPeriod()
    {
        var settings = SampleSettings.Prod();
        using var body = JsonDocument.Parse(DashboardBody.Json(settings, "fn-1", "eu-west-1", []));

        var periods = Widget(body, DashboardBody.SpilloverTitle).GetProperty("properties").GetProperty("metrics").EnumerateArray()
            .Select(line => line[line.GetArrayLength() - 1])
            .Where(options => options.GetProperty("id").GetString() is "spill" or "invocations")
            .Select(options => options.GetProperty("period").GetInt32());
        Assert.Equal([settings.Alarms.Spillover.PeriodSeconds, settings.Alarms.Spillover.PeriodSeconds], periods);
    }

    [Fact]
    public void MetricWidgets_ReadTheirMetricsInTheGivenRegion()
    {
        using var body = JsonDocument.Parse(DashboardBody.Json(SampleSettings.Dev(), "fn-1", "ap-south-1", []));

        var regions = body.RootElement.GetProperty("widgets").EnumerateArray()
            .Where(widget => widget.GetProperty("type").GetString() == "metric")
            .Select(widget => widget.GetProperty("properties").GetProperty("region").GetString());
        Assert.Equal(["ap-south-1", "ap-south-1", "ap-south-1", "ap-south-1"], regions);
    }
}
