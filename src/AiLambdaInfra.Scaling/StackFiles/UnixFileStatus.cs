using System.Runtime.InteropServices;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// The owner, mode and link count of a file on Linux, which .NET does not expose: read with <c>statx(2)</c>, whose
/// record has one layout on every architecture (https://man7.org/linux/man-pages/man2/statx.2.html), and an owner set
/// with <c>chown(2)</c>. Null elsewhere; the writer then keeps the mode alone, through .NET.
/// </summary>
internal sealed record UnixFileStatus(uint Owner, uint Group, int LinkCount)
{
    private const int AtCurrentDirectory = -100;
    private const uint BasicStats = 0x7ff;
    private const int RecordSize = 256;

    public static UnixFileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var record = new byte[RecordSize];
        try
        {
            if (statx(AtCurrentDirectory, path, 0, BasicStats, record) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        // struct statx: stx_nlink at byte 16, stx_uid at 20, stx_gid at 24.
        return new UnixFileStatus(BitConverter.ToUInt32(record, 20), BitConverter.ToUInt32(record, 24), (int)BitConverter.ToUInt32(record, 16));
    }

    /// <summary>Gives <paramref name="path"/> this owner and group; false when the system refuses (only root may give a file away).</summary>
    public bool ApplyTo(string path) => chown(path, Owner, Group) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, string pathname, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, uint owner, uint group);
}
