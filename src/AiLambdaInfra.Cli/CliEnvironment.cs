using NodaTime;

namespace AiLambdaInfra.Cli;

/// <summary>
/// What a command may touch of the outside world: its output streams, the clock and the working directory.
/// Tests pass their own so that every command runs in-process, deterministically.
/// </summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, IClock Clock, string WorkingDirectory)
{
    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, SystemClock.Instance, Directory.GetCurrentDirectory());

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Resolves a file the command will write, creating its folder first (`--chart reports/plan.png` in a fresh clone).</summary>
    public string ResolveOutput(string path)
    {
        var full = Resolve(path);
        if (Directory.Exists(full) || Path.GetDirectoryName(full) is not { } folder)
            throw new IOException($"'{path}' is a directory; name a file to write, such as reports/plan.json.");
        Directory.CreateDirectory(folder);
        return full;
    }
}
