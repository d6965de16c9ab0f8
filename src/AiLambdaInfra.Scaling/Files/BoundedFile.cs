using System.Buffers;

namespace AiLambdaInfra.Scaling.Files;

/// <summary>
/// Reads at most a given number of bytes from a file, whatever it is: a regular file, a pipe, <c>/dev/stdin</c>, a device
/// or a FIFO, for which <see cref="FileInfo.Length"/> is 0. No input can make a reader hold more than its limit.
/// </summary>
public static class BoundedFile
{
    /// <summary>
    /// How long opening a file may wait. Opening a FIFO blocks until something opens it for writing, so a FIFO nobody
    /// writes to would hang a command, and a CI job with it, for ever.
    /// </summary>
    public static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The first <paramref name="limit"/> bytes of <paramref name="path"/> (all of it when shorter).</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="openTimeout">How long opening may wait. Defaults to <see cref="OpenTimeout"/>.</param>
    public static byte[] ReadAtMost(string path, int limit, TimeSpan? openTimeout = null)
    {
        var (buffer, read) = RentAtMost(path, limit, openTimeout);
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
    /// <param name="path">The file to read.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="openTimeout">How long opening may wait. Defaults to <see cref="OpenTimeout"/>.</param>
    public static (byte[] Buffer, int Read) RentAtMost(string path, int limit, TimeSpan? openTimeout = null)
    {
        using var stream = Open(path, openTimeout ?? OpenTimeout);
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

    /// <summary>
    /// Opens the file for reading. A regular file with content opens at once; one that reports no length (a FIFO, a pipe,
    /// a device, or an empty file) is opened on another thread and given <paramref name="timeout"/>: an open still waiting
    /// then is left behind (it ends when a writer comes or the process exits) and the caller gets an error that says why.
    /// </summary>
    private static FileStream Open(string path, TimeSpan timeout)
    {
        static FileStream OpenNow(string path) =>
            new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (new FileInfo(path).Length > 0) return OpenNow(path);
        var opening = Task.Run(() => OpenNow(path));
        if (Task.WhenAny(opening, Task.Delay(timeout)).GetAwaiter().GetResult() == opening)
            return opening.GetAwaiter().GetResult();
        opening.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        throw new IOException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"nothing opened it for writing within {timeout.TotalSeconds:0.#} s: a pipe or FIFO needs a writer. Is the command that writes to it running?"));
    }
}
