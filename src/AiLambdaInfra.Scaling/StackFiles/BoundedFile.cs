using System.Buffers;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Reads at most a given number of bytes from a file, whatever it is: a regular file, a pipe, <c>/dev/stdin</c>, a device
/// or a FIFO, for which <see cref="FileInfo.Length"/> is 0. No input can make a reader hold more than its limit.
/// </summary>
public static class BoundedFile
{
    /// <summary>The first <paramref name="limit"/> bytes of <paramref name="path"/> (all of it when shorter).</summary>
    public static byte[] ReadAtMost(string path, int limit)
    {
        var (buffer, read) = RentAtMost(path, limit);
        try
        {
            return buffer.AsSpan(0, read).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The first <paramref name="limit"/> bytes of <paramref name="path"/> in a buffer rented from the shared pool, which the
    /// caller returns. For readers of many files in a row (a nightly batch reads one history per function), where a fresh
    /// megabyte array each time is a large-object allocation that costs a full garbage collection every few files.
    /// </summary>
    public static (byte[] Buffer, int Read) RentAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : 0;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(length + 1, 4096, Math.Max(limit, 4096)));
        var read = 0;
        try
        {
            while (read < limit)
            {
                if (read == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var n = stream.Read(buffer, read, Math.Min(buffer.Length, limit) - read);
                if (n == 0) break;
                read += n;
            }
            return (buffer, read);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
