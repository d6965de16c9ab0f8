using System.Globalization;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The enabled alarms of a stack, in a fixed order, for a deployed function name. Each one is meant to page only when a
/// person has something to do; its description says what.
/// </summary>
public static class AlarmDefinitions
{
    /// <summary>
    /// Spilled invocations as a per cent of all invocations over each period, counted against 100 more invocations than
    /// there were: a quiet hour of a few hundred requests cannot breach a 0.5 % budget on a single cold start, while an
    /// hour of 10,000 reads only 1 % low. Plain arithmetic, which every alarm expression accepts.
    /// </summary>
    public const string SpillShareExpression = "100 * FILL(spill, 0) / (invocations + 100)";

    /// <summary>Errors as a per cent of invocations over each period.</summary>
    public const string ErrorRateExpression = "100 * errors / invocations";

    public static IReadOnlyList<AlarmDefinition> For(StackSettings settings, string functionName)
    {
        var alarms = settings.Alarms;
        var alias = settings.Function.Alias;
        AlarmDefinition? Spillover() => alarms.Spillover.Enabled ? Shape(AlarmKind.Spillover, alarms.Spillover, functionName) with
        {
            // Lambda publishes the spillover count only for periods with spillover, so the count is filled with 0;
            // a period without invocations has no share and is no cold start, hence notBreaching.
            Description = Text("Spillover: more than {0} % of invocations ran on on-demand environments (cold starts) for {1}, above the cold-start budget. "
                + "Do: check the plan against demand (`ailambda forecast`), re-plan from fresh history, or raise scaling.max if capacity hit it.",
                SpillThreshold(settings), Window(alarms.Spillover)),
            Threshold = SpillThreshold(settings),
            Queries =
            [
                new AlarmQuery { Id = "spill", Metric = AliasMetrics.For(LambdaScalingNames.SpilloverMetric, functionName, alias), Statistic = "Sum", ReturnData = false },
                new AlarmQuery { Id = "invocations", Metric = AliasMetrics.For(AliasMetrics.Invocations, functionName, alias), Statistic = "Sum", ReturnData = false },
                new AlarmQuery { Id = "spillShare", Label = "Spillover (% of invocations)", Expression = SpillShareExpression, ReturnData = true },
            ],
            TreatMissingData = "notBreaching",
            // Capacity tuning, not an outage: the fix is a plan change, so a recovery mail tells no one anything.
            NotifiesOk = false,
        } : null;

        AlarmDefinition? Throttles() => alarms.Throttles.Enabled ? Shape(AlarmKind.Throttles, alarms.Throttles, functionName) with
        {
            Description = Text("Throttles: requests were refused (429) in {1}: reserved concurrency or the account's concurrency limit is exhausted. "
                + "Do: raise function.reservedConcurrency or the account quota, or find the caller that floods the function.",
                alarms.Throttles.Threshold ?? 0, Window(alarms.Throttles)),
            Metric = AliasMetrics.For(AliasMetrics.Throttles, functionName, alias),
            Statistic = "Sum",
            // Lambda publishes no Throttles datapoint for a period without throttles.
            TreatMissingData = "notBreaching",
            NotifiesOk = true,
        } : null;

        AlarmDefinition? ErrorRate() => alarms.ErrorRate.Enabled ? Shape(AlarmKind.ErrorRate, alarms.ErrorRate, functionName) with
        {
            Description = Text("Error rate: more than {0} % of invocations failed (function errors or timeouts) in {1}. "
                + "Do: read the function's log group for the failing requests; roll back the last deploy if it started then.",
                alarms.ErrorRate.Threshold ?? 0, Window(alarms.ErrorRate)),
            Queries =
            [
                new AlarmQuery { Id = "errors", Metric = AliasMetrics.For(AliasMetrics.Errors, functionName, alias), Statistic = "Sum", ReturnData = false },
                new AlarmQuery { Id = "invocations", Metric = AliasMetrics.For(AliasMetrics.Invocations, functionName, alias), Statistic = "Sum", ReturnData = false },
                new AlarmQuery { Id = "errorRate", Label = "Error rate (%)", Expression = ErrorRateExpression, ReturnData = true },
            ],
            // No invocations, no failed ones.
            TreatMissingData = "notBreaching",
            NotifiesOk = true,
        } : null;

        AlarmDefinition? Duration() => alarms.Duration.Enabled ? Shape(AlarmKind.Duration, alarms.Duration, functionName) with
        {
            Description = Text("Duration p99: the slowest 1 % of invocations took more than {0} ms ({2} of the {3} s timeout) in {1}; timeouts follow. "
                + "Do: check ModelLatency on the dashboard and the payload sizes; raise function.memoryMb (more CPU) or the timeout.",
                DurationThresholdMs(settings), Window(alarms.Duration), alarms.Duration.Threshold ?? 0, settings.Function.TimeoutSeconds),
            Metric = AliasMetrics.For(AliasMetrics.Duration, functionName, alias),
            ExtendedStatistic = "p99",
            // In a quiet minute the p99 is the slowest of a few requests, one cold start among them: not an incident.
            EvaluateLowSampleCountPercentiles = "ignore",
            Threshold = DurationThresholdMs(settings),
            // No invocations, no slow ones.
            TreatMissingData = "notBreaching",
            NotifiesOk = true,
        } : null;

        AlarmDefinition? Utilization() => alarms.Utilization.Enabled ? Shape(AlarmKind.Utilization, alarms.Utilization, functionName) with
        {
            Description = Text("Utilization: provisioned concurrency stayed above {0} used for {1}; the next burst spills to cold starts. "
                + "Do: raise scaling.max (and reserved concurrency above it) or re-plan with a smaller planner.spillBudgetPercent.",
                alarms.Utilization.Threshold ?? 0, Window(alarms.Utilization)),
            Metric = AliasMetrics.For(LambdaScalingNames.UtilizationMetric, functionName, alias),
            Statistic = "Maximum",
            // The metric exists only while the alias is invoked: an idle alias is not saturated.
            TreatMissingData = "notBreaching",
            // Capacity tuning like spillover: nothing to tell when it ends.
            NotifiesOk = false,
        } : null;

        AlarmDefinition? RejectedPayloads() => alarms.RejectedPayloads.Enabled ? Shape(AlarmKind.RejectedPayloads, alarms.RejectedPayloads, functionName) with
        {
            Description = Text("Rejected payloads: more than {0} of requests were rejected as invalid (status 400 or 413 inside a successful invoke, so the "
                + "error-rate alarm does not see them) in {1}. Do: read the errors[] the handler logged for those requests and tell the calling team; "
                + "a deploy that changed the request contract is the usual cause.",
                Percent(alarms.RejectedPayloads.Threshold ?? 0), Window(alarms.RejectedPayloads)),
            Metric = HandlerMetrics.For(HandlerMetrics.RejectedPayloads, functionName),
            // 1 per rejected and 0 per accepted request: the Average is the rejected share.
            Statistic = "Average",
            // The handler writes a datapoint per request: no datapoint, no request.
            TreatMissingData = "notBreaching",
            // A client's integration is broken: the team that fixes it wants to know when requests are good again.
            NotifiesOk = true,
        } : null;

        return new[] { Spillover(), Throttles(), ErrorRate(), Duration(), Utilization(), RejectedPayloads() }.OfType<AlarmDefinition>().ToList();
    }

    /// <summary>The enabled alarm of one kind, for a deployed function name.</summary>
    public static AlarmDefinition ForKind(StackSettings settings, string functionName, AlarmKind kind) =>
        For(settings, functionName).Single(alarm => alarm.Kind == kind);

    /// <summary>The spillover threshold in per cent: <c>alarms.spillover.threshold</c>, else the planner's cold-start budget.</summary>
    public static double SpillThreshold(StackSettings settings) => settings.Alarms.Spillover.Threshold ?? settings.Planner.SpillBudgetPercent;

    /// <summary>The p99 duration threshold in milliseconds: <c>alarms.duration.threshold</c> × the timeout.</summary>
    public static double DurationThresholdMs(StackSettings settings) => (settings.Alarms.Duration.Threshold ?? 0) * settings.Function.TimeoutSeconds * 1000.0;

    /// <summary>The physical name of one alarm: <c>&lt;function&gt;-&lt;kind&gt;</c>.</summary>
    public static string NameFor(string functionName, AlarmKind kind) => $"{functionName}-{Suffix(kind)}";

    /// <summary>The short, kebab-case name of each alarm kind, used in logical and physical alarm names.</summary>
    public static string Suffix(AlarmKind kind) => kind switch
    {
        AlarmKind.Spillover => "spillover",
        AlarmKind.Throttles => "throttles",
        AlarmKind.ErrorRate => "error-rate",
        AlarmKind.Duration => "duration-p99",
        AlarmKind.Utilization => "utilization",
        AlarmKind.RejectedPayloads => "rejected-payloads",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alarm kind."),
    };

    private static AlarmDefinition Shape(AlarmKind kind, AlarmRule rule, string functionName) => new()
    {
        Kind = kind,
        Name = NameFor(functionName, kind),
        Description = "",
        Threshold = rule.Threshold ?? 0,
        PeriodSeconds = rule.PeriodSeconds,
        EvaluationPeriods = rule.EvaluationPeriods,
        DatapointsToAlarm = rule.DatapointsToAlarm,
        TreatMissingData = "notBreaching",
        NotifiesOk = false,
    };

    /// <summary>"3 of 5 periods of 60 s".</summary>
    private static string Window(AlarmRule rule) =>
        $"{rule.DatapointsToAlarm} of {rule.EvaluationPeriods} periods of {rule.PeriodSeconds} s";

    private static string Percent(double share) => (share * 100).ToString("0.###", CultureInfo.InvariantCulture) + " %";

    private static string Text(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format,
        values.Select(value => value is double number ? number.ToString("0.###", CultureInfo.InvariantCulture) : value).ToArray());
}
