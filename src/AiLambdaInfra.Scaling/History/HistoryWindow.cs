using AiLambdaInfra.Scaling.Aws;
using NodaTime;

namespace AiLambdaInfra.Scaling.History;

/// <summary>
/// Where a history's timestamps may plausibly lie. The reader allocates one sample per step between the first and the
/// last timestamp, so a stray timestamp far away would cost memory and time in proportion to the span it claims; these
/// bounds keep the cost in proportion to the file, and name the line of a timestamp outside them.
/// </summary>
public static class HistoryWindow
{
    /// <summary>
    /// No CloudWatch metric is older than CloudWatch, launched in May 2009 with Auto Scaling and Elastic Load Balancing:
    /// https://www.allthingsdistributed.com/2009/05/amazon_cloudwatch.html
    /// </summary>
    public static readonly Instant Earliest = Instant.FromUtc(2009, 5, 1, 0, 0);

    /// <summary>The last year an Application Auto Scaling cron expression can name; no plan reaches beyond it.</summary>
    public static readonly Instant Latest = Instant.FromUtc(2199, 12, 31, 23, 59);

    /// <summary>
    /// The longest span a history may cover: 455 days, the longest CloudWatch keeps any datapoint (1-hour data; 1-minute
    /// data lives 15 days, 5-minute data 63): https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#metrics-retention
    /// At one sample a minute that is 655,200 samples, 5 MB.
    /// </summary>
    public static readonly Duration MaximumSpan = Duration.FromDays(455);

    /// <summary>
    /// How far before the plan's start the history may end: the planner reads at most 63 days back (<c>planner.historyDays</c>),
    /// so history that ends earlier leaves it nothing to read.
    /// </summary>
    public static readonly Duration MaximumAgeAtPlanStart = Duration.FromDays(63);

    /// <summary>Clocks disagree by seconds, rarely minutes; an hour of tolerance separates skew from a wrong date or offset.</summary>
    public static readonly Duration ClockTolerance = Duration.FromHours(1);

    /// <summary>The largest value a sample may hold. No Lambda account runs a billion concurrent executions or invocations a minute.</summary>
    public const double MaximumValue = 1e9;

    /// <summary>
    /// The shortest mean duration: Lambda reports and bills duration in whole milliseconds, so a mean under 1 ms is a unit
    /// mistake (seconds for milliseconds), and it would make any traffic look like no concurrency at all.
    /// </summary>
    public const double MinimumMeanDurationMs = 1;

    /// <summary>The longest mean duration: an invocation cannot run longer than Lambda's 15-minute timeout.</summary>
    public const double MaximumMeanDurationMs = AwsLimits.MaxTimeoutSeconds * 1000.0;

    /// <summary>
    /// The largest history file read: 64 MB. 455 days of 1-minute samples are about 30 MB as CloudWatch JSON; a larger file
    /// is not a history, and reading it whole could exhaust memory.
    /// </summary>
    public const long MaximumFileBytes = 64L * 1024 * 1024;
}
