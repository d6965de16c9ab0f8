using System.Runtime.Versioning;
using System.Text;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Scaling.Tests.StackFiles;

public sealed class StackFileWriterTests : IDisposable
{
    private const string Original = "config:\n  ai-lambda-infra:scaling:\n    max: 5\n";
    private static readonly byte[] Updated = Encoding.UTF8.GetBytes("config:\n  ai-lambda-infra:scaling:\n    max: 6\n");

    private readonly string _directory = Directory.CreateTempSubdirectory("ailambda-writer-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string[] TempFiles() => Directory.GetFiles(_directory, "*.tmp");

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void FolderThatRefusesNewFiles_SaysNothingWasWrittenAndWhatToChange()
    {
        Skip.If(OperatingSystem.IsWindows(), "sysfs exists on Linux only.");
        // sysfs refuses new files even to root, so this holds whoever runs the tests; the link leads the write there.
        var link = Path.Combine(_directory, "Pulumi.prod.yaml");
        File.CreateSymbolicLink(link, "/sys/kernel/address_bits");

        var error = Assert.Throws<StackFileException>(() => StackFileWriter.Replace(link, StackFile.Parse(Original, "Pulumi.prod.yaml"), Updated));

        Assert.Equal("Pulumi.prod.yaml: cannot be written: the folder /sys/kernel does not let you create files, and the file is replaced through a temporary file beside it so that a failure never leaves it half-written. Nothing was written: make the folder writable (or run plan as a user who may write there).",
            error.Message);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Rewrite_KeepsTheFilesMode()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes do not exist on Windows.");
        var path = Write("Pulumi.prod.yaml", Original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        StackFileWriter.Replace(path, StackFile.Load(path, "Pulumi.prod.yaml"), Updated);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(Updated, File.ReadAllBytes(path));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void ReadOnlyFile_IsNotReplaced_WhoeverRuns()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes do not exist on Windows.");
        var path = Write("Pulumi.prod.yaml", Original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<StackFileException>(() => StackFileWriter.Replace(path, StackFile.Load(path, "Pulumi.prod.yaml"), Updated));

        Assert.Equal("Pulumi.prod.yaml: is read-only (no write permission for anyone). Nothing was written: make it writable (chmod u+w) to let plan write it, or plan with --dry-run.", error.Message);
        Assert.Equal(Original, File.ReadAllText(path));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Rewrite_ThroughASymlink_WritesItsTargetAndKeepsTheLink()
    {
        var target = Write("real.yaml", Original);
        var link = Path.Combine(_directory, "Pulumi.prod.yaml");
        File.CreateSymbolicLink(link, "real.yaml");

        StackFileWriter.Replace(link, StackFile.Load(link, "Pulumi.prod.yaml"), Updated);

        Assert.Equal("real.yaml", new FileInfo(link).LinkTarget);
        Assert.Equal(Updated, File.ReadAllBytes(target));
    }

    [Fact]
    public void FileChangedSinceRead_IsNotOverwritten_AndNoTempFileIsLeft()
    {
        var path = Write("Pulumi.prod.yaml", Original);
        var read = StackFile.Load(path, "Pulumi.prod.yaml");
        File.AppendAllText(path, "  # an edit made while plan ran\n");

        var error = Assert.Throws<StackFileException>(() => StackFileWriter.Replace(path, read, Updated));

        Assert.Equal("Pulumi.prod.yaml: changed on disk since plan read it; nothing was written, so that change is kept. Run plan again to plan on the file as it is now.", error.Message);
        Assert.Equal(Original + "  # an edit made while plan ran\n", File.ReadAllText(path));
        Assert.Empty(TempFiles());
    }

    [SkippableFact]
    public void FileWithAnotherHardLink_IsRefused()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Link counts are read with Linux's statx.");
        var path = Write("Pulumi.prod.yaml", Original);
        Assert.True(HardLink.Create(path, Path.Combine(_directory, "copy.yaml")));

        var error = Assert.Throws<StackFileException>(() => StackFileWriter.Replace(path, StackFile.Load(path, "Pulumi.prod.yaml"), Updated));

        Assert.Equal("Pulumi.prod.yaml: has 2 hard links; replacing it would leave the other names with the old contents. Nothing was written: make it a single file (or a symlink) and run plan again.", error.Message);
        Assert.Equal(Original, File.ReadAllText(path));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void DanglingSymlink_IsRefused()
    {
        var link = Path.Combine(_directory, "Pulumi.prod.yaml");
        var read = StackFile.Parse(Original, "Pulumi.prod.yaml");
        File.CreateSymbolicLink(link, "gone.yaml");

        var error = Assert.Throws<StackFileException>(() => StackFileWriter.Replace(link, read, Updated));

        Assert.Equal($"Pulumi.prod.yaml: is a symlink to {Path.Combine(_directory, "gone.yaml")}, which does not exist. Nothing was written.", error.Message);
    }
}
