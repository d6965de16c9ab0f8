using System.Runtime.InteropServices;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Replaces a stack file's contents safely: through a symlink to the file it points at; keeping the file's mode, owner and
/// group; refusing a read-only file, and when the file changed since it was read (someone's edit is never reverted) or has other hard links
/// (a rename would leave them behind with the old contents); atomically, by writing a temporary file beside it and renaming
/// it over the original; and removing the temporary file on every failure, Ctrl+C and SIGTERM included. Only a SIGKILL
/// between the write and the rename can leave it (<c>.&lt;name&gt;.&lt;hex&gt;.tmp</c>, safe to delete).
/// </summary>
public static class StackFileWriter
{
    /// <summary>Writes <paramref name="contents"/> over the file <paramref name="read"/> was loaded from, at <paramref name="path"/>.</summary>
    /// <exception cref="StackFileException">The file is read-only, changed since it was read, has other hard links, or its owner cannot be kept.</exception>
    public static void Replace(string path, StackFile read, byte[] contents)
    {
        var name = read.FileName;
        var target = Target(path, name);
        var status = UnixFileStatus.Of(target);
        if (status is { LinkCount: > 1 })
            throw new StackFileException(name, null,
                $"has {status.LinkCount} hard links; replacing it would leave the other names with the old contents. Nothing was written: make it a single file (or a symlink) and run plan again.", unreadable: true);

        var directory = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        using var interrupt = DeleteOnSignal(temp);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = File.GetUnixFileMode(target);
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }
            // A file nobody may write was made read-only on purpose; replacing it through a rename would go around that
            // (the folder's permissions allow the rename), and root would not even be stopped by the mode.
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
                throw new StackFileException(name, null,
                    "is read-only (no write permission for anyone). Nothing was written: make it writable (chmod u+w) to let plan write it, or plan with --dry-run.", unreadable: true);
            // The create mode passes through the umask; set it exactly, before any content is visible under the name.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            if (status is not null && UnixFileStatus.Of(temp) is { } written && (written.Owner, written.Group) != (status.Owner, status.Group) && !status.ApplyTo(temp))
                throw new StackFileException(name, null,
                    $"belongs to user {status.Owner}, group {status.Group}; rewriting it would hand it to you. Nothing was written: run plan as its owner.", unreadable: true);
            // Checked as late as possible, just before the rename, so that an edit made while the plan ran is kept.
            if (StackFile.FingerprintOf(File.ReadAllBytes(target)) != read.Fingerprint)
                throw Changed(name);
            File.Move(temp, target, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            // The message .NET gives names the temporary file, which the user never asked for.
            throw new StackFileException(name, null,
                $"cannot be written: the folder {directory} does not let you create files, and the file is replaced through a temporary file beside it so that a failure never leaves it half-written. Nothing was written: make the folder writable (or run plan as a user who may write there).", unreadable: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The file a path names, following symlinks; a dangling link is refused.</summary>
    private static string Target(string path, string name)
    {
        var link = File.ResolveLinkTarget(path, returnFinalTarget: true);
        if (link is null) return Path.GetFullPath(path);
        if (!link.Exists)
            throw new StackFileException(name, null, $"is a symlink to {link.FullName}, which does not exist. Nothing was written.", unreadable: true);
        return link.FullName;
    }

    private static StackFileException Changed(string name) =>
        new(name, null, "changed on disk since plan read it; nothing was written, so that change is kept. Run plan again to plan on the file as it is now.");

    /// <summary>While the temporary file exists, Ctrl+C and SIGTERM remove it before the process ends as they would.</summary>
    private static IDisposable? DeleteOnSignal(string temp)
    {
        if (OperatingSystem.IsWindows()) return null;
        var handlers = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => File.Delete(temp)))
            .ToList();
        return new Registrations(handlers);
    }

    private sealed class Registrations(List<PosixSignalRegistration> handlers) : IDisposable
    {
        public void Dispose() => handlers.ForEach(h => h.Dispose());
    }
}
