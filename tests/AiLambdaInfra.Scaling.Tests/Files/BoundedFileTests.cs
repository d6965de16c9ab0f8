using System.Diagnostics;
using AiLambdaInfra.Scaling.Files;

namespace AiLambdaInfra.Scaling.Tests.Files;

public sealed class BoundedFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bounded-file-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SkippableFact]
    public void FifoNobodyWritesTo_IsRefusedAfterTheOpenTimeout_SayingWhy()
    {
        var fifo = Fifo();

        var error = Assert.Throws<IOException>(() => BoundedFile.ReadAtMost(fifo, 1024, TimeSpan.FromMilliseconds(200)));

        Assert.Equal("nothing opened it for writing within 0.2 s: a pipe or FIFO needs a writer. Is the command that writes to it running?", error.Message);
    }

    [SkippableFact]
    public void FifoWithAWriter_IsReadToItsEnd()
    {
        var fifo = Fifo();
        var writer = Task.Run(() => File.WriteAllText(fifo, "timestamp,value\n"));

        var bytes = BoundedFile.ReadAtMost(fifo, 1024, TimeSpan.FromSeconds(30));

        writer.GetAwaiter().GetResult();
        Assert.Equal("timestamp,value\n", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void EmptyRegularFile_ReadsNothing()
    {
        var empty = Path.Combine(_directory, "empty.csv");
        File.WriteAllText(empty, "");

        Assert.Empty(BoundedFile.ReadAtMost(empty, 1024));
    }

    private string Fifo()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "FIFOs are made with mkfifo, a Unix command");
        var path = Path.Combine(_directory, "history.fifo");
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
