using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Rules of the <c>alarms</c> key. Periods and evaluation windows as CloudWatch accepts them:
/// https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html
/// </summary>
internal static partial class AlarmRules
{
    /// <summary>
    /// PutMetricAlarm: evaluationPeriods × period may cover at most one day for periods under an hour, and at most
    /// seven days for periods of an hour or more.
    /// </summary>
    private const int MaxEvaluatedSecondsShortPeriods = 86_400;

    private const int MaxEvaluatedSecondsHourlyPeriods = 604_800;

    public static void Check(AlarmSettings alarms, RuleErrors errors)
    {
        if (alarms.TopicArn is not null && !TopicArn().IsMatch(alarms.TopicArn))
            errors.Add("alarms.topicArn", $"`alarms.topicArn` must be an SNS topic ARN such as arn:aws:sns:us-east-1:123456789012:alerts, got {Printable.Quoted(alarms.TopicArn)}.");
        if (alarms.TopicArn is not null && alarms.Emails.Count > 0)
            errors.Add("alarms.emails", "`alarms.emails` subscribe to the topic the stack creates, but `alarms.topicArn` names an existing topic: subscribe the addresses to that topic instead, or remove alarms.topicArn.");
        for (var i = 0; i < alarms.Emails.Count; i++)
            if (!Email().IsMatch(alarms.Emails[i]))
                errors.Add($"alarms.emails[{i}]", $"`alarms.emails[{i}]` must be an e-mail address, got {Printable.Quoted(alarms.Emails[i])}.");

        CheckRule("alarms.spillover", alarms.Spillover, 0, 100, errors);
        CheckRule("alarms.throttles", alarms.Throttles, 0, double.MaxValue, errors);
        CheckRule("alarms.errorRate", alarms.ErrorRate, 0, 100, errors);
        CheckRule("alarms.duration", alarms.Duration, 0.01, 1, errors);
        CheckRule("alarms.utilization", alarms.Utilization, 0.01, 1, errors);
        CheckRule("alarms.rejectedPayloads", alarms.RejectedPayloads, 0, 1, errors);
    }

    private static void CheckRule(string key, AlarmRule rule, double minThreshold, double maxThreshold, RuleErrors errors)
    {
        if (!rule.Enabled) return;
        // A null threshold is a derived one (the spillover alarm's is planner.spillBudgetPercent, checked with the planner).
        if (rule.Threshold is { } threshold && maxThreshold == double.MaxValue && threshold < minThreshold)
            errors.Add($"{key}.threshold", $"`{key}.threshold` must be at least {RuleErrors.Format(minThreshold)}, got {RuleErrors.Format(threshold)}.");
        else if (rule.Threshold is { } bounded && maxThreshold != double.MaxValue)
            errors.Range($"{key}.threshold", bounded, minThreshold, maxThreshold);

        // 10, 20 and 30 s suit only high-resolution metrics (PutMetricAlarm); Lambda's metrics and the handler's embedded
        // metrics are stored at one minute, so such an alarm would sit in INSUFFICIENT_DATA and be billed as high-resolution.
        if (rule.PeriodSeconds < 60 || rule.PeriodSeconds % 60 != 0)
            errors.Add($"{key}.periodSeconds",
                $"`{key}.periodSeconds` must be a multiple of 60 (the alarms' metrics are stored per minute), got {rule.PeriodSeconds}.");
        var maxEvaluated = rule.PeriodSeconds >= 3600 ? MaxEvaluatedSecondsHourlyPeriods : MaxEvaluatedSecondsShortPeriods;
        if (rule.EvaluationPeriods < 1)
            errors.Add($"{key}.evaluationPeriods", $"`{key}.evaluationPeriods` must be at least 1, got {rule.EvaluationPeriods}.");
        else if ((long)rule.EvaluationPeriods * rule.PeriodSeconds > maxEvaluated)
            errors.Add($"{key}.evaluationPeriods",
                $"`{key}.evaluationPeriods` × `{key}.periodSeconds` must cover at most {(maxEvaluated == MaxEvaluatedSecondsShortPeriods ? "one day" : "seven days")} ({maxEvaluated} s) with periods {(maxEvaluated == MaxEvaluatedSecondsShortPeriods ? "under an hour" : "of an hour or more")}, got {(long)rule.EvaluationPeriods * rule.PeriodSeconds} s.");
        if (rule.DatapointsToAlarm < 1 || rule.DatapointsToAlarm > Math.Max(1, rule.EvaluationPeriods))
            errors.Add($"{key}.datapointsToAlarm",
                $"`{key}.datapointsToAlarm` must be between 1 and `{key}.evaluationPeriods` ({rule.EvaluationPeriods}), got {rule.DatapointsToAlarm}.");
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$")]
    private static partial Regex TopicArn();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
