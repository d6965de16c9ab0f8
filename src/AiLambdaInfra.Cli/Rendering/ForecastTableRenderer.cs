using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>The forecast, one row per hour: the hour's highest point forecast and upper band, and the planned capacity.</summary>
internal static class ForecastTableRenderer
{
    public static void Write(TextWriter o, Forecast f, CapacityPlan plan)
    {
        o.WriteLine();
        o.WriteLine($"{"hour (UTC)",-20} {"forecast",9} {$"P{f.Quantile * 100:0}",9} {"required",9} {"planned",8}");
        const int slotsPerHour = 12;
        for (var h = 0; h * slotsPerHour < f.Point.Length; h++)
        {
            var from = h * slotsPerHour;
            var to = Math.Min(f.Point.Length, from + slotsPerHour);
            var at = f.Start + f.Step * from;
            var planned = Enumerable.Range(from, to - from).Max(i => plan.MinAt(f.Start + f.Step * i));
            var required = Enumerable.Range(from, to - from).Max(i => plan.Required.At(f.Start + f.Step * i));
            o.WriteLine($"{IsoTimestamp.Format(at),-20} {f.Point[from..to].Max(),9:0.0} {f.Upper[from..to].Max(),9:0.0} {required,9} {planned,8}");
        }
    }
}
