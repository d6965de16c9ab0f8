using System.Globalization;
using System.Text;
using AiLambdaInfra.Scaling.Costs;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>The backtest as a plain-text table, with the assumptions and prices it rests on.</summary>
public static class BacktestTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(BacktestReport report)
    {
        var request = report.Request;
        var played = report.Result.Played.Concurrency;
        var prices = report.Prices;
        var text = new StringBuilder();
        var scaling = report.ScaleFactor == 1
            ? string.Create(Invariant, $"not scaled (p99 = {report.P99Concurrency:0.#} concurrent executions)")
            : string.Create(Invariant, $"scaled ×{report.ScaleFactor:0.####} so that p99 = {report.P99Concurrency:0.#} concurrent executions");
        text.AppendLine(Invariant, $"Backtest of {report.TraceName} ({report.Kind.ToString().ToLowerInvariant()} per minute), {scaling}");
        text.AppendLine(Invariant, $"Function: {request.Workload.MeanDurationSeconds * 1000:0.#} ms mean duration, {request.Workload.MemoryMb} MB, {prices.Architecture} in {prices.Region}");
        text.AppendLine(Invariant, $"Learnt {Count(request.LearnDays, "day")}, played {Count(request.PlayDays, "day")} from {played.Start} to {played.At(played.Minutes)}, replanned every {request.ReplanHours} h ({Count(report.Result.Replans, "plan")})");
        text.AppendLine(Invariant, $"Scalable target: min {request.Scaling.Min}, max {request.Scaling.Max}; target tracking at {request.Scaling.TargetUtilization:0.##} on {(request.Scaling.StatisticPinned ? request.Scaling.Statistic : $"the planner's statistic (from {request.Scaling.Statistic})")} for predictive + TT, scale-out cooldown {request.Scaling.ScaleOutCooldownSeconds} s, scale-in cooldown {request.Scaling.ScaleInCooldownSeconds} s; allocation delay {request.Planner.AllocationMinutes} min");
        text.AppendLine(Invariant, $"Cold starts: on-demand environments kept warm {request.KeepAliveMinutes} min after last use; {request.InitMilliseconds:0} ms init each");
        text.AppendLine();

        string[] headers = ["policy", "spill %", "spilled", "cold starts", "cold-start s", "unit-hours", "util", "provisioned $", "dur. prov. $", "on-demand $", "requests $", "total $", "× lower bound", "actions"];
        var rows = report.Result.Scores.Select(score => new[]
        {
            score.Policy,
            score.SpilloverPercent.ToString("0.000", Invariant),
            score.SpilloverInvocations.ToString("0", Invariant),
            score.ColdStarts.ToString("0", Invariant),
            score.ColdStartSeconds.ToString("0.0", Invariant),
            score.ProvisionedUnitHours.ToString("0.0", Invariant),
            score.MeanUtilization.ToString("0.000", Invariant),
            score.Cost.Provisioned.ToString("0.00", Invariant),
            score.Cost.DurationOnProvisioned.ToString("0.00", Invariant),
            score.Cost.OnDemandDuration.ToString("0.00", Invariant),
            score.Cost.Requests.ToString("0.00", Invariant),
            score.Cost.Total.ToString("0.00", Invariant),
            double.IsNaN(score.CostRatio) ? "n/a" : score.CostRatio.ToString("0.000", Invariant),
            score.MaxScheduledActions?.ToString(Invariant) ?? "-",
        }).ToList();
        var widths = headers.Select((header, i) => Math.Max(header.Length, rows.Max(row => row[i].Length))).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd();
        text.AppendLine(Line(headers));
        text.AppendLine(Line(widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in rows)
            text.AppendLine(Line(row));
        text.AppendLine();
        foreach (var line in report.Verdict.Lines())
            text.AppendLine(line);
        text.AppendLine();
        text.AppendLine(Invariant, $"Invocations played: {report.Result.Scores[0].Invocations:0}. 'actions' is the most scheduled actions one plan put on the target (AWS allows 200).");
        text.AppendLine(PricesLine(prices));
        return text.ToString();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>The prices used, their source and date.</summary>
    public static string PricesLine(LambdaPrices prices)
    {
        var line = string.Create(Invariant,
            $"Prices ({prices.Region}, {prices.Architecture}, checked {prices.Checked}, {prices.Source}): provisioned ${prices.ProvisionedPerGbSecond:0.##########}/GB-s, " +
            $"duration on provisioned ${prices.ProvisionedDurationPerGbSecond:0.##########}/GB-s, on-demand duration ${prices.OnDemandDurationPerGbSecond:0.##########}/GB-s, " +
            $"requests ${prices.RequestsPerMillion:0.00}/million. {PriceCatalog.TieringNote}");
        return prices.Note.Length > 0 ? $"{line} {prices.Note}" : line;
    }
}
