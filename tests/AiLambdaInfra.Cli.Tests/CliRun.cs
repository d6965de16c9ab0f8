using AiLambdaInfra.Cli;
using NodaTime;

namespace AiLambdaInfra.Cli.Tests;

/// <summary>Runs the CLI in-process in a scratch folder and captures what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun(Instant? now = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ailambda-cli-").FullName;
        Now = now ?? Instant.FromUtc(2026, 11, 30, 0, 0);
    }

    public string Directory { get; }
    public Instant Now { get; }
    public string Out { get; private set; } = "";
    public string Error { get; private set; } = "";

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public int Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliEnvironment(output, error, new FakeClock(Now), Directory));
        Out = output.ToString();
        Error = error.ToString();
        return exit;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private sealed class FakeClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
