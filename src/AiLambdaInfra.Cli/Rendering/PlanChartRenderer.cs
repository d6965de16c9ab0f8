using AiLambdaInfra.Scaling.Planning;
using NodaTime;
using ScottPlot;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>
/// PNG chart: the last week of history, the forecast and its upper band, and the scheduled min the target runs with
/// (planned and the stack's own actions); below it, when the plan was tuned, the self-tuning's frontier.
/// </summary>
internal static class PlanChartRenderer
{
    /// <param name="handedBack">How many of last night's actions are only handed back (tonight chose tracking alone); none by default.</param>
    public static void Save(string path, PlanningResult result, int width = 1400, int height = 600, int handedBack = 0)
    {
        var plot = Timeline(result, handedBack);
        if (result.Tuning is null)
        {
            plot.SavePng(path, width, height);
            return;
        }
        var figure = new Multiplot(plot);
        figure.AddPlot(FrontierChart.Plot(result.Tuning));
        figure.SavePng(path, width, height * 2);
    }

    private static Plot Timeline(PlanningResult result, int handedBack)
    {
        var f = result.Forecast;
        var p = result.Plan;
        var plot = new Plot();
        var history = f.Fitted!.Slice(f.Start - Duration.FromDays(7), f.Start);
        var hx = Enumerable.Range(0, history.Values.Length).Select(i => history.TimeOf(i).ToDateTimeUtc().ToOADate()).ToArray();
        var hist = plot.Add.Scatter(hx, history.Values);
        hist.MarkerSize = 0;
        hist.LineWidth = 1;
        hist.Color = Colors.Gray;
        hist.LegendText = "history (5-min max)";

        var fx = Enumerable.Range(0, f.Point.Length).Select(i => (f.Start + f.Step * i).ToDateTimeUtc().ToOADate()).ToArray();
        var band = plot.Add.FillY(fx, f.Point, f.Upper);
        band.FillColor = Colors.SteelBlue.WithAlpha(0.3);
        band.LineWidth = 0;
        band.LegendText = $"forecast to P{f.Quantile * 100:0}";
        var point = plot.Add.Scatter(fx, f.Point);
        point.MarkerSize = 0;
        point.Color = Colors.SteelBlue;
        point.LegendText = "forecast";

        var stepX = new List<double>();
        var stepY = new List<double>();
        for (var i = 0; i < p.Timeline.Count; i++)
        {
            var at = p.Timeline[i].At.ToDateTimeUtc().ToOADate();
            if (i > 0) { stepX.Add(at); stepY.Add(p.Timeline[i - 1].Min); }
            stepX.Add(at);
            stepY.Add(p.Timeline[i].Min);
        }
        stepX.Add(p.End.ToDateTimeUtc().ToOADate());
        stepY.Add(p.Timeline[^1].Min);
        var planned = plot.Add.Scatter(stepX.ToArray(), stepY.ToArray());
        planned.MarkerSize = 0;
        planned.LineWidth = 2;
        planned.Color = Colors.OrangeRed;
        planned.LegendText = "scheduled min (planned and your own actions)";

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = "concurrent executions";
        plot.Title(handedBack > 0
            ? $"Forecast, and no plan: target tracking alone ({handedBack} of last night's actions hand the target back), UTC"
            : $"Forecast and plan ({p.Mode.ToString().ToLowerInvariant()}, {p.Actions.Count} actions), UTC");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
