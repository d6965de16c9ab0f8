using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace AiLambdaInfra.Cli.Tests.Hostile;

/// <summary>Generators of hostile history files, traces, stack files and arguments, each a small change to a good input.</summary>
internal static class HostileInputs
{
    public const string Stack = "Pulumi.prod.yaml", History = "history.csv", Trace = "trace.csv";

    private const string GoodStack = "# prod\nconfig:\n  aws:region: us-east-1\n  ai-lambda-infra:scaling:\n    min: 1\n    max: 50\n";

    /// <summary>26 hours of 5-minute samples: enough to plan, small enough to plan fast.</summary>
    private static readonly string[] GoodHistory =
        ["timestamp,value", .. Enumerable.Range(0, 26 * 12).Select(i => $"{new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(5 * i):yyyy-MM-dd'T'HH:mm:ss'Z'},{3 + i % 12}")];

    /// <summary>A day of minutes: too short for any backtest, so a trace that reads ends the run quickly.</summary>
    private static readonly string[] GoodTrace =
        ["timestamp,requests", .. Enumerable.Range(0, 1440).Select(i => $"{new DateTime(2015, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i):yyyy-MM-dd'T'HH:mm:ss'Z'},{10 + i % 7}")];

    private static readonly string[] Timestamps =
        ["0001-01-01T00:00:00Z", "9999-12-31T23:59:00-18:00", "9999-12-31T23:59:00Z", "2199-12-31T00:00:00+14:00", "2027-06-01T00:00:00Z",
         "2012-01-01T00:00:00Z", "2026-11-01T00:02:30Z", "2026-02-30T00:00:00Z", "yesterday", "", "2026-11-01 00:00:00", "1970-01-01T00:00:00Z"];

    private static readonly string[] Numbers = ["1", "1e-300", "NaN", "Infinity", "-Infinity", "-1", "1e308", "1e999", "1e9", "abc", "", "0x10", "1,2", "0"];

    private static readonly string[] HostileText =
        ["\u001b[31m::error file=x::forged", "\r::warning::x", "\u202e\u0000\u0007", "\ud800", "line\twith\ttabs"];

    private static readonly string[] StackSnippets =
    [
        "  x:bomb:\n    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n    c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
        "---\nconfig: {}\n",
        "  ai-lambda-infra:function:\n    memoryMb: !!str 2048\n",
        "  ai-lambda-infra:function:\n    memoryMb: !!int 2048\n",
        "  ai-lambda-infra:function:\n    memoryMb: 1e999\n",
        "  ? [a, b]\n  : 1\n",
        "\tai-lambda-infra:planner: {}\n",
        "  ai-lambda-infr:planner:\n    quantile: 0.9\n",
        "  shop-api:scaling:\n    max: 5\n",
        "  scaling:\n    max: 5\n",
        "  ai-lambda-infra:function:\n    reservedConcurrency: 50\n",
        "  ai-lambda-infra:function:\n    environment:\n      AWS_REGION: eu-west-1\n",
        "  ai-lambda-infra:function:\n    codePath: ../../../../etc/shadow\n",
        "  ai-lambda-infra:function:\n    name: \"x\\n::error file=a::forged\\e[31m\"\n",
        "  ai-lambda-infra:planner:\n    maxActions: 1000000000000\n",
        "  ai-lambda-infra:plannedActions:\n    - { name: p, schedule: \"cron(0 9 L * ? *)\", min: 60 }\n",
        "  ai-lambda-infra:plannedActions:\n    - { name: p, schedule: \"cron(0 9 ? * 6L *)\", min: 2 }\n    - { name: q, schedule: \"rate(5 minutes)\", min: 3 }\n    - { name: r, schedule: \"cron(0 9 ? * MON#2 *)\", timezone: EST, min: 3 }\n",
        "  ai-lambda-infra:plannedActions:\n    - { name: p, schedule: \"at(9999-12-31T23:59:59)\", min: 2 }\n",
        "  ai-lambda-infra:tags:\n    deep: " + new string('[', 5000) + new string(']', 5000) + "\n",
        "  ai-lambda-infra:plannedActions: " + string.Concat(Enumerable.Repeat("[", 64)) + string.Concat(Enumerable.Repeat("]", 64)) + "\n",
        "  ai-lambda-infra:plannedActions:\n" + string.Concat(Enumerable.Range(0, 203).Select(i => $"    - {{ name: p{i}, schedule: \"at(2026-12-01T08:00:00)\", min: 2 }}\n")),
    ];

    public static Gen<HostileCase> Cases() =>
        from command in Gen.Elements("validate", "forecast", "plan", "plan", "backtest", "bench")
        from stack in StackFiles()
        from history in Histories()
        from trace in Traces()
        from historyIsDirectory in Gen.Elements(false, false, false, false, false, false, false, true)
        from options in Options(command)
        select new HostileCase(options, new Dictionary<string, byte[]> { [Stack] = stack, [History] = history, [Trace] = trace }, historyIsDirectory);

    private static Gen<string[]> Options(string command)
    {
        var now = Gen.Elements<string[]>([], [], ["--now", "2026-11-02T03:00:00Z"], ["--now", "9999-12-31T23:59:00-18:00"], ["--now", "2027-11-01T00:00:00Z"],
            ["--now", "0001-01-01T00:00:00Z"], ["--now", "soon"], ["--now", "2026-10-01T00:00:00Z"]);
        var metric = Gen.Elements(Numbers).Select(n => new[] { "--metric", "invocations", "--mean-duration-ms", n });
        var planning = from n in now
                       from m in Gen.OneOf(Gen.Constant(Array.Empty<string>()), metric)
                       from f in Gen.Elements<string[]>([], ["--format", "csv"], ["--format", "cloudwatch-json"], ["--format", "xml"])
                       from j in Gen.Elements<string[]>([], ["--json", "out/plan.json"], ["--json", "out/plan.json"], ["--json", ""], ["--json", "/"], ["--chart", "."])
                       select (string[])[.. n, .. m, .. f, .. j];
        return command switch
        {
            "validate" => Gen.Elements<string[]>(["validate", Stack], ["validate"], ["validate", "missing.yaml"], ["validate", Stack, Stack]),
            "forecast" => from p in planning
                          from s in Gen.Elements<string[]>([], ["--stack-file", Stack])
                          select (string[])["forecast", "--history", History, .. s, .. p],
            "plan" => from p in planning
                      from d in Gen.Elements<string[]>([], ["--dry-run"])
                      select (string[])["plan", "--stack-file", Stack, "--history", History, .. d, .. p],
            "backtest" => from n in Gen.Elements(Numbers)
                          from option in Gen.Elements("--mean-duration-ms", "--p99-concurrency", "--init-ms", "--learn-days", "--memory-mb", "--week")
                          from s in Gen.Elements<string[]>([], ["--stack-file", Stack])
                          select (string[])["backtest", "--trace", Trace, option, n, .. s],
            _ => from option in Gen.Elements("--functions", "--parallelism", "--days")
                 from n in Gen.Elements(Numbers)
                 select (string[])["bench", "--functions", "1", "--days", "2", option, n],
        };
    }

    private static Gen<byte[]> StackFiles() => Gen.OneOf(
        Gen.Constant(Utf8(GoodStack)),
        Gen.Elements(StackSnippets).Select(snippet => Utf8(GoodStack + snippet)),
        Gen.Elements(HostileText).Select(text => Utf8(GoodStack + $"  ai-lambda-infra:tags:\n    note: \"{Escape(text)}\"\n")),
        Gen.Elements(StackSnippets).Select(snippet => (byte[])[0xEF, 0xBB, 0xBF, .. Utf8(GoodStack + snippet)]),
        Gen.Elements<byte[]>([], [0xFF, 0xFE, 0x00], Utf8("config: [1, 2]\n"), Utf8("- a\n- b\n"), Utf8("config:\n  aws:region: [unclosed\n"), Utf8(GoodStack)),
        Gen.Choose(0, GoodStack.Length).Select(cut => Utf8(GoodStack[..cut])));

    private static Gen<byte[]> Histories() => Gen.OneOf(
        Gen.Constant(Utf8(string.Join("\n", GoodHistory) + "\n")),
        Mutated(GoodHistory),
        Gen.Elements<byte[]>([], [0xFF, 0xFE, 0x00, 0x01], Utf8("{"), Utf8("[" + new string('[', 2000)), Utf8("{\"MetricDataResults\":[{\"Id\":\"m\",\"Timestamps\":[1],\"Values\":[\"x\"]}]}"),
            Utf8("{\"MetricDataResults\":[{\"Id\":\"m\",\"Timestamps\":[\"9999-12-31T23:59:00-18:00\",\"0001-01-01T00:00:00Z\"],\"Values\":[1,2]}]}")));

    private static Gen<byte[]> Traces() => Gen.OneOf(
        Mutated(GoodTrace),
        Gen.Elements("1e-300", "1e9", "0").Select(value => Utf8(string.Join("\n", GoodTrace.Select((line, i) => i == 0 || i % 500 == 0 ? line : line[..line.IndexOf(',')] + "," + value)) + "\n")));

    /// <summary>A good file with one row inserted or replaced by a hostile timestamp and value, or cut short.</summary>
    private static Gen<byte[]> Mutated(string[] lines) => Gen.OneOf(
        from at in Gen.Choose(1, lines.Length)
        from ts in Gen.Elements(Timestamps)
        from value in Gen.Elements(Numbers)
        from replace in Gen.Elements(false, true)
        select Utf8(string.Join("\n", replace && at < lines.Length
            ? [.. lines[..at], $"{ts},{value}", .. lines[(at + 1)..]]
            : (string[])[.. lines[..at], $"{ts},{value}", .. lines[at..]]) + "\n"),
        from at in Gen.Choose(1, lines.Length - 1)
        from text in Gen.Elements(HostileText)
        select Utf8(string.Join("\n", (string[])[.. lines[..at], text, .. lines[at..]])),
        Gen.Choose(0, 2000).Select(cut => Utf8(string.Join("\n", lines)[..cut])));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c is '"' or '\\' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
