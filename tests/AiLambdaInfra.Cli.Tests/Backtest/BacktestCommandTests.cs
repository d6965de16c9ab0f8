using System.Text.Json;
using AiLambdaInfra.Scaling.Simulation;

namespace AiLambdaInfra.Cli.Tests.Backtest;

public class BacktestCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "traces", "elb-request-count-4d.csv");
    private static readonly string[] OnSample = ["backtest", "--trace", Sample, "--learn-days", "3", "--play-days", "1"];

    [Fact]
    public void SampleTrace_PrintsEveryPolicy_AndThePricesUsed()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run(OnSample));

        Assert.All(PolicyNames.All, policy => Assert.Contains($"\n{policy} ", cli.Out));
        Assert.Contains("played 1 day from 2014-04-19T00:00:00Z to 2014-04-20T00:00:00Z", cli.Out);
        Assert.Contains("Prices (us-east-1, arm64, checked 2026-11-28, https://aws.amazon.com/lambda/pricing/): provisioned $0.0000033334/GB-s", cli.Out);
        Assert.Contains("[1/8] planning 2014-04-19T00:00:00Z (period 1 of 1)", cli.Error);
    }

    [Fact]
    public void ApplyRecommendations_PlaysTheNightlyJobWithTheFlag_AsAnExtraRowAfterTheProduct()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run([.. OnSample, "--apply-recommendations", "--json", "out.json"]));

        Assert.Contains($"\n{PolicyNames.PredictiveWithRecommendations} ", cli.Out);
        Assert.Contains("with recommendations applied, chose ", cli.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Directory, "out.json")));
        var policies = json.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("policy").GetString()).ToList();
        Assert.Equal(policies.IndexOf(PolicyNames.PredictiveWithTracking) + 1, policies.IndexOf(PolicyNames.PredictiveWithRecommendations));
    }

    [Fact]
    public void SameTrace_GivesByteIdenticalOutput()
    {
        using var first = new CliRun();
        using var second = new CliRun();

        first.Run([.. OnSample, "--json", "a.json"]);
        second.Run([.. OnSample, "--json", "a.json"]);

        Assert.Equal(first.Out, second.Out);
        Assert.Equal(File.ReadAllText(Path.Combine(first.Directory, "a.json")), File.ReadAllText(Path.Combine(second.Directory, "a.json")));
    }

    [Fact]
    public void Json_HoldsEveryPolicyWithItsCostSplit()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run([.. OnSample, "--json", "out.json"]));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Directory, "out.json")));
        var policies = json.RootElement.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(PolicyNames.All, policies.Select(p => p.GetProperty("policy").GetString()));
        var foresight = policies[^1];
        Assert.Equal(1, foresight.GetProperty("costRatio").GetDouble(), 12);
        var cost = foresight.GetProperty("cost");
        Assert.Equal(
            cost.GetProperty("total").GetDouble(),
            cost.GetProperty("provisioned").GetDouble() + cost.GetProperty("durationOnProvisioned").GetDouble()
                + cost.GetProperty("onDemandDuration").GetDouble() + cost.GetProperty("requests").GetDouble(),
            9);
        Assert.Equal(0.0000033334, json.RootElement.GetProperty("prices").GetProperty("provisionedPerGbSecond").GetDouble());
    }

    [Fact]
    public void Verdict_IsPrintedUnderTheTable_AndCarriedInTheJson()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run([.. OnSample, "--json", "out.json"]));

        Assert.Matches(@"\nVerdict for predictive \+ TT: spill \d+\.\d{3} % — (within|over) the 0\.5 % budget — at \d+\.\d{3}× perfect foresight\.\n", cli.Out);
        Assert.Matches(@"\n  against TT Average alone \(\d+\.\d{3} % at \d+\.\d{3}×\): [^\n]+\.\n  against TT Maximum alone ", cli.Out);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Directory, "out.json")));
        var verdict = json.RootElement.GetProperty("verdict");
        var product = json.RootElement.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policy").GetString() == PolicyNames.PredictiveWithTracking);
        Assert.Equal(product.GetProperty("spilloverPercent").GetDouble() <= 0.5, verdict.GetProperty("withinBudget").GetBoolean());
        Assert.Equal([PolicyNames.TargetTrackingAverage, PolicyNames.TargetTrackingMaximum],
            verdict.GetProperty("against").EnumerateArray().Select(a => a.GetProperty("policy").GetString()));
        Assert.All(verdict.GetProperty("against").EnumerateArray(), a =>
            Assert.Contains(a.GetProperty("comparison").GetString(), new[] { "better", "equal", "lessSpillForMoreCost", "lessCostForMoreSpill", "worse" }));
    }

    [Fact]
    public void Chart_IsWrittenAsPng()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run([.. OnSample, "--chart", "out.png", "--week", "2014-04-19"]));

        var bytes = File.ReadAllBytes(Path.Combine(cli.Directory, "out.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Contains("Wrote out.png.", cli.Out);
    }

    [Fact]
    public void UnknownRegion_IsAUsageError_ListingTheKnownRegions()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run([.. OnSample, "--region", "mars-north-1"]));
        Assert.Equal(
            "error: No Lambda prices are known for region 'mars-north-1'. Known regions: ap-northeast-1, ap-southeast-1, ap-southeast-2, " +
            "eu-central-1, eu-west-1, us-east-1, us-east-2, us-west-1, us-west-2.\n",
            cli.Error);
    }

    [Fact]
    public void MissingTraceFile_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("backtest", "--trace", "nowhere.csv"));
        Assert.StartsWith("error: cannot read trace 'nowhere.csv':", cli.Error);
    }

    [Fact]
    public void MalformedTrace_IsInvalid_WithItsLine()
    {
        using var cli = new CliRun();
        cli.Write("bad.csv", "timestamp,requests_per_minute\n2024-01-01T00:00:00Z,five\n");

        Assert.Equal(1, cli.Run("backtest", "--trace", "bad.csv"));
        Assert.Equal("bad.csv:2: value 'five' must be a finite number ≥ 0.\n", cli.Error);
    }

    [Fact]
    public void TraceShorterThanLearnPlusPlay_IsInvalid()
    {
        using var cli = new CliRun();

        Assert.Equal(1, cli.Run("backtest", "--trace", Sample));
        Assert.Equal(
            $"{Sample}: The trace covers 4 days, but 14 days to learn (to the nearest midnight UTC) and 7 to play need more; shorten the learn or play period.\n",
            cli.Error);
    }

    [Fact]
    public void BadWeek_IsAUsageError()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run([.. OnSample, "--week", "next monday"]));
        Assert.Equal("error: --week must be an ISO date like 2015-04-06, got 'next monday'.\n", cli.Error);
    }

    [Fact]
    public void PlayedDaysWithoutDemand_GiveAVerdictSayingNothingCanBeCompared()
    {
        using var cli = new CliRun();
        // Four days of a daily swing, then a day of nothing: perfect foresight costs nothing over the day played.
        var start = NodaTime.Instant.FromUtc(2024, 1, 1, 0, 0);
        var rows = Enumerable.Range(0, 5 * 1440).Select(m =>
            $"{start + NodaTime.Duration.FromMinutes(m)},{(m < 4 * 1440 ? 60 + m % 1440 / 30 : 0)}");
        cli.Write("zero-play.csv", string.Join("\n", rows.Prepend("timestamp,requests_per_minute")) + "\n");

        Assert.Equal(0, cli.Run("backtest", "--trace", "zero-play.csv", "--p99-concurrency", "0", "--learn-days", "4", "--play-days", "1", "--json", "out.json"));

        Assert.Contains("\n  against TT Average alone (0.000 %): cannot be compared: perfect foresight costs nothing over the days played.\n", cli.Out);
        Assert.Matches(@"\nperfect foresight +0\.000 .* n/a +-\n", cli.Out);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Directory, "out.json")));
        Assert.All(json.RootElement.GetProperty("verdict").GetProperty("against").EnumerateArray(),
            a => Assert.Equal("undetermined", a.GetProperty("comparison").GetString()));
        Assert.All(json.RootElement.GetProperty("policies").EnumerateArray(),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("costRatio").ValueKind));
    }
}
