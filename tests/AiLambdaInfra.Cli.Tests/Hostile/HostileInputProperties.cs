using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace AiLambdaInfra.Cli.Tests.Hostile;

/// <summary>
/// Every command, fed hostile history files, traces, stack files and arguments in process: it ends with exit 0, 1 or 2;
/// a failure names the file, key, line or option at fault; nothing it prints carries a control character or starts a CI
/// annotation; a failed run leaves the stack file as it was; a JSON output holds only finite numbers. Runs a fixed seed,
/// so a regression shows the same way every time, and a few fresh seeds, printed so that any failure can be replayed.
/// </summary>
public class HostileInputProperties(ITestOutputHelper output)
{
    private const int CasesPerSeed = 40;
    private const ulong FixedSeed = 20261130;

    [Fact]
    public void EveryCommand_OnHostileInput_EndsWithADocumentedExitAndALocatedMessage()
    {
        ulong[] seeds = [FixedSeed, .. Enumerable.Range(0, 2).Select(_ => (ulong)Random.Shared.NextInt64())];
        var failures = new List<string>();
        var exits = new Dictionary<int, int>();
        foreach (var seed in seeds)
        {
            output.WriteLine($"seed {seed}");
            foreach (var hostile in HostileInputs.Cases().Sample(CasesPerSeed, new Rnd(seed), 20))
                if (Check(hostile, exits) is { } problem)
                    failures.Add($"seed {seed}: {hostile}\n  {problem}");
        }
        output.WriteLine($"exit codes: {string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key} × {e.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        // Hostile input must not crowd out the paths that work: some cases plan, forecast or validate successfully.
        Assert.True(exits.GetValueOrDefault(0) > 0, "no case succeeded; the generators no longer reach the working paths.");
    }

    /// <summary>What is wrong with how the tool handled <paramref name="hostile"/>, or null.</summary>
    private static string? Check(HostileCase hostile, Dictionary<int, int> exits)
    {
        using var cli = new CliRun();
        foreach (var (name, bytes) in hostile.Files)
            File.WriteAllBytes(Path.Combine(cli.Directory, name), bytes);
        if (hostile.HistoryIsDirectory)
        {
            File.Delete(Path.Combine(cli.Directory, HostileInputs.History));
            Directory.CreateDirectory(Path.Combine(cli.Directory, HostileInputs.History));
        }

        var exit = cli.Run(hostile.Args);
        exits[exit] = exits.GetValueOrDefault(exit) + 1;

        var printed = cli.Out + cli.Error;
        if (exit is not (0 or 1 or 2))
            return $"exit {exit}: {cli.Error}";
        var raw = printed.IndexOfAny([.. Enumerable.Range(0, 32).Select(c => (char)c).Except(['\n', '\r', '\t']), .. Enumerable.Range(0x7f, 0x21).Select(c => (char)c), '\u202e']);
        if (raw >= 0)
            return $"printed the raw control character U+{(int)printed[raw]:X4}: {cli.Error}";
        if (printed.Split('\n').Any(line => line.StartsWith("::", StringComparison.Ordinal)))
            return $"printed a line a CI log would read as an annotation: {cli.Error}";
        if (exit != 0 && !NamesWhatIsWrong(cli.Error, hostile))
            return $"exit {exit} without naming a file, key, line or option: {cli.Error}";
        if (exit != 0 && !File.ReadAllBytes(Path.Combine(cli.Directory, HostileInputs.Stack)).SequenceEqual(hostile.Files[HostileInputs.Stack]))
            return $"exit {exit} but the stack file changed: {cli.Error}";
        var json = Path.Combine(cli.Directory, "out", "plan.json");
        if (exit == 0 && File.Exists(json) && Record.Exception(() => JsonDocument.Parse(File.ReadAllBytes(json)).Dispose()) is { } bad)
            return $"wrote JSON that does not parse: {bad.Message}";
        return null;
    }

    private static bool NamesWhatIsWrong(string error, HostileCase hostile) =>
        hostile.Files.Keys.Append("missing.yaml").Any(error.Contains)
        || hostile.Args.Any(arg => error.Contains($"'{arg}'", StringComparison.Ordinal))
        || error.Contains("'--", StringComparison.Ordinal) || error.Contains("error: --", StringComparison.Ordinal)
        || error.Contains("error: no stack files given", StringComparison.Ordinal);
}
