using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using AiLambdaInfra.Cli.Tests.Plan;

namespace AiLambdaInfra.Cli.Tests.Hostile;

/// <summary>Each hostile case the CLI once mishandled: now a clear message, a documented exit code and the stack file untouched.</summary>
public class HostileCommandTests
{
    private static readonly string[] Plan = ["plan", "--stack-file", "Pulumi.prod.yaml", "--history", "concurrent-executions.json"];

    /// <summary>25 hours of 5-minute CSV history from <paramref name="start"/>.</summary>
    private static string FiveMinuteCsv(DateTime start, Func<int, string> value) =>
        "timestamp,value\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"{start.AddMinutes(5 * i):yyyy-MM-dd'T'HH:mm:ss'Z'},{value(i)}\n"));

    [Fact]
    public void InfiniteMeanDuration_IsAUsageError_NotANaNPlan()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "invocations.csv", "--metric", "invocations", "--mean-duration-ms", "Infinity"));

        Assert.Equal("error: --mean-duration-ms must be a finite number, got 'Infinity'.\nRun 'ailambda --help' for usage.\n", cli.Error);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void NotANumberOptionInBacktest_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("backtest", "--trace", "t.csv", "--init-ms", "NaN"));

        Assert.Equal("error: --init-ms must be a finite number, got 'NaN'.\nRun 'ailambda --help' for usage.\n", cli.Error);
    }

    [Fact]
    public void OptionValueOutsideItsChoices_NamesTheOption()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run([.. Plan, "--format", "xml"]));

        Assert.StartsWith("error: --format: Argument 'xml' not recognized.", cli.Error);
    }

    [Fact]
    public void NowPastTheEndOfTheCalendar_IsAUsageErrorNotACrash()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run([.. Plan, "--now", "9999-12-31T23:59:00-18:00"]));

        Assert.Equal("error: --now '9999-12-31T23:59:00-18:00' is not an ISO-8601 instant such as 2026-11-30T06:00:00Z.\n", cli.Error);
    }

    [Fact]
    public void NowAYearAfterTheHistory_SaysSoInsteadOfZeroHours()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(1, cli.Run([.. Plan, "--now", "2015-04-24T04:00:00Z"]));

        Assert.Equal("concurrent-executions.json:7 (page 1, MetricDataResults[0].Timestamps[0]): the history ends at 2014-04-24T00:40:00Z, 365 days before --now 2015-04-24T04:00:00Z; the planner reads at most the 63 days before --now, so it would see none of it. Pass a --now within 63 days after the history's end, or fetch recent history.\n", cli.Error);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }

    [Fact]
    public void NowBeyondTheHistoryDaysRead_SaysSoInsteadOfZeroHours()
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(1, cli.Run("forecast", "--history", "concurrent-executions.json", "--now", "2014-05-14T00:00:00Z"));

        Assert.Equal("concurrent-executions.json:7 (page 1, MetricDataResults[0].Timestamps[0]): the history ends at 2014-04-24T00:40:00Z, 19 days before --now 2014-05-14T00:00:00Z; the planner reads only the 14 days before --now (`planner.historyDays`), so it would see none of it. Pass a --now within 14 days after the history's end, raise `planner.historyDays`, or fetch recent history.\n", cli.Error);
    }

    [Fact]
    public void HistoryDatedInTheFuture_IsAnErrorNamingTheLine()
    {
        using var cli = PlanningFixture.Create();
        cli.Write("future.csv", FiveMinuteCsv(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), _ => "4"));

        Assert.Equal(1, cli.Run("forecast", "--history", "future.csv"));

        Assert.StartsWith("future.csv:2: timestamp 2026-12-01T00:00:00Z is in the future (it is now 2026-11-30T00:00:00Z); CloudWatch cannot have recorded it.", cli.Error);
    }

    [Fact]
    public void DirectoryAsHistory_SaysItIsADirectory()
    {
        using var cli = PlanningFixture.Create();
        Directory.CreateDirectory(Path.Combine(cli.Directory, "history"));

        Assert.Equal(2, cli.Run("forecast", "--history", "history"));

        Assert.Equal("history: cannot read the history file: it is a directory. Pass the JSON or CSV file inside it.\n", cli.Error);
    }

    [Theory]
    [InlineData("validate", "stacks")]
    [InlineData("plan", "--stack-file", "stacks", "--history", "concurrent-executions.json")]
    public void DirectoryAsStackFile_SaysItIsADirectory(params string[] args)
    {
        using var cli = PlanningFixture.Create();
        Directory.CreateDirectory(Path.Combine(cli.Directory, "stacks"));

        Assert.Equal(2, cli.Run(args));

        Assert.Equal("stacks: cannot be read: it is a directory. Pass a Pulumi.<stack>.yaml file.\n", cli.Error);
    }

    [Fact]
    public void ForgedAnnotationInAValue_IsEchoedEscaped()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.pr.yaml", "config:\n  ai-lambda-infra:function:\n    name: \"x\\n::error file=main.tf::approved\\e[2K\"\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.pr.yaml"));

        Assert.Equal("Pulumi.pr.yaml:3: `function.name` must be 1 to 64 letters, digits, hyphens or underscores, got \"x\\n::error file=main.tf::approved\\x1b[2K\".\nPulumi.pr.yaml: 1 error.\n", cli.Error);
    }

    [Fact]
    public void AnotherProjectsStackFile_IsNotValid()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.prod.yaml", "config:\n  aws:region: us-east-1\n  shop-api:replicas: 3\n");

        Assert.Equal(1, cli.Run("validate", "Pulumi.prod.yaml"));

        Assert.Equal("Pulumi.prod.yaml:3: holds keys of `shop-api` and none of `ai-lambda-infra` (the project Pulumi.yaml names): this is another project's stack file. Pass a Pulumi.<stack>.yaml of this project.\nPulumi.prod.yaml: 1 error.\n", cli.Error);
    }

    [Fact]
    public void AliasBomb_IsRefusedAtOnce()
    {
        using var cli = new CliRun();
        var bomb = new StringBuilder("config:\n  x:y:\n    l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
            bomb.Append($"    l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))}]\n");
        cli.Write("Pulumi.pr.yaml", bomb.ToString());

        Assert.Equal(1, cli.Run("validate", "Pulumi.pr.yaml"));

        Assert.StartsWith("Pulumi.pr.yaml:4: uses the YAML alias `*l0`;", cli.Error);
    }

    [Fact]
    public void BacktestWithLastDayNthWeekdayAndRateActions_Runs()
    {
        using var cli = new CliRun();
        cli.Write("Pulumi.bt.yaml", "config:\n  ai-lambda-infra:scaling:\n    max: 900\n    scheduledActions:\n" +
            "      - { name: month-end, schedule: \"cron(0 9 L * ? *)\", min: 20 }\n" +
            "      - { name: second-tuesday, schedule: \"cron(0 9 ? * TUE#2 *)\", min: 10 }\n" +
            "      - { name: last-friday, schedule: \"cron(0 9 ? * 6L *)\", min: 10 }\n" +
            "      - { name: nearest-weekday, schedule: \"cron(0 9 15W * ? *)\", min: 10 }\n" +
            "      - { name: pulse, schedule: \"rate(6 hours)\", min: 5 }\n");
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "traces", "elb-request-count-4d.csv");

        Assert.Equal(0, cli.Run("backtest", "--trace", sample, "--learn-days", "3", "--play-days", "1", "--stack-file", "Pulumi.bt.yaml"));
    }

    [Fact]
    public void JsonFromTheLargestValuesAHistoryMayHold_HasOnlyFiniteNumbers()
    {
        using var cli = PlanningFixture.Create();
        cli.Write("huge.csv", FiveMinuteCsv(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), i => i % 2 == 0 ? "1e9" : "0"));

        Assert.Equal(0, cli.Run("plan", "--stack-file", "Pulumi.prod.yaml", "--history", "huge.csv", "--dry-run", "--json", "plan.json"));

        var json = File.ReadAllText(Path.Combine(cli.Directory, "plan.json"));
        using var document = JsonDocument.Parse(json);
        Assert.DoesNotContain("Infinity", json);
        Assert.DoesNotContain("NaN", json);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Plan_KeepsAPrivateStackFilePrivate()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes do not exist on Windows.");
        using var cli = PlanningFixture.Create();
        var path = Path.Combine(cli.Directory, "Pulumi.prod.yaml");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(0, cli.Run(Plan));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Empty(Directory.GetFiles(cli.Directory, "*.tmp"));
    }

    [Fact]
    public void BacktestDurationBeyondLambdasTimeout_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("backtest", "--trace", "t.csv", "--mean-duration-ms", "1e300"));

        Assert.Equal("error: --mean-duration-ms and --init-ms must be at most 900000 (Lambda's 15-minute timeout).\n", cli.Error);
    }

    [Fact]
    public void TraceOfNearZeroValues_IsNotScaledToInfinity()
    {
        using var cli = new CliRun();
        var rows = Enumerable.Range(0, 3 * 1440).Select(i => $"{new DateTime(2015, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i):yyyy-MM-dd'T'HH:mm:ss'Z'},{(i % 1000 == 0 ? "1e9" : "1e-300")}");
        cli.Write("tiny.csv", "timestamp,requests\n" + string.Join("\n", rows) + "\n");

        Assert.Equal(1, cli.Run("backtest", "--trace", "tiny.csv", "--learn-days", "1", "--play-days", "1"));

        Assert.Equal("tiny.csv: scaling the trace's 99th percentile (1.67E-302) to --p99-concurrency 100 would lift its peak above 1e9; the trace is mostly near-zero values. Pass --p99-concurrency 0 to keep it as it is.\n", cli.Error);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    public void OutputPathThatIsADirectory_IsAUsageError_BeforeTheStackFileIsWritten(string json)
    {
        using var cli = PlanningFixture.Create();

        Assert.Equal(2, cli.Run([.. Plan, "--json", json]));

        Assert.Equal($"error: --json '{json}' is a directory; name a file to write, such as reports/plan.json.\nRun 'ailambda --help' for usage.\n", cli.Error);
        Assert.Equal(PlanningFixture.StackText, PlanningFixture.Read(cli, "Pulumi.prod.yaml"));
    }
}
