using System.Text.Json;
using System.Text.Json.Serialization;
using AiLambdaInfra.Scaling.Costs;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>The backtest as JSON: inputs, prices, assumptions and one object per policy.</summary>
public static class BacktestJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Render(BacktestReport report)
    {
        var request = report.Request;
        var played = report.Result.Played.Concurrency;
        var document = new
        {
            trace = report.TraceName,
            kind = report.Kind.ToString().ToLowerInvariant(),
            scaleFactor = report.ScaleFactor,
            p99Concurrency = report.P99Concurrency,
            meanDurationMs = request.Workload.MeanDurationSeconds * 1000,
            memoryMb = request.Workload.MemoryMb,
            learnDays = request.LearnDays,
            playDays = request.PlayDays,
            replanHours = request.ReplanHours,
            playStart = played.Start.ToString(),
            playEnd = played.At(played.Minutes).ToString(),
            replans = report.Result.Replans,
            targetUtilization = request.Scaling.TargetUtilization,
            scaleOutCooldownSeconds = request.Scaling.ScaleOutCooldownSeconds,
            scaleInCooldownSeconds = request.Scaling.ScaleInCooldownSeconds,
            allocationMinutes = request.Planner.AllocationMinutes,
            keepAliveMinutes = request.KeepAliveMinutes,
            initMs = request.InitMilliseconds,
            prices = report.Prices,
            pricingNote = PriceCatalog.TieringNote,
            verdict = new
            {
                policy = report.Verdict.Product.Policy,
                spillBudgetPercent = report.Verdict.BudgetPercent,
                withinBudget = report.Verdict.WithinBudget,
                against = report.Verdict.Reactive.Select(r => new { policy = r.Option.Policy, comparison = JsonNamingPolicy.CamelCase.ConvertName(r.Product.ToString()) }),
            },
            policies = report.Result.Scores.Select(score => new
            {
                policy = score.Policy,
                invocations = score.Invocations,
                spilloverInvocations = score.SpilloverInvocations,
                spilloverPercent = score.SpilloverPercent,
                coldStarts = score.ColdStarts,
                coldStartSeconds = score.ColdStartSeconds,
                provisionedUnitHours = score.ProvisionedUnitHours,
                meanUtilization = score.MeanUtilization,
                usage = score.Usage,
                cost = new
                {
                    provisioned = score.Cost.Provisioned,
                    durationOnProvisioned = score.Cost.DurationOnProvisioned,
                    onDemandDuration = score.Cost.OnDemandDuration,
                    requests = score.Cost.Requests,
                    total = score.Cost.Total,
                },
                costRatio = double.IsNaN(score.CostRatio) ? (double?)null : score.CostRatio,
                maxScheduledActions = score.MaxScheduledActions,
                scaleOuts = score.ScaleOuts,
                scaleIns = score.ScaleIns,
            }),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }
}
