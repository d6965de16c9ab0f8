namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Reads at most a given number of bytes from a file, whatever it is: a regular file, a pipe, <c>/dev/stdin</c>, a device
/// or a FIFO, for which <see cref="FileInfo.Length"/> is 0. No input can make a reader hold more than its limit.
/// </summary>
public static class BoundedFile
{
    /// <summary>The first <paramref name="limit"/> bytes of <paramref name="path"/> (all of it when shorter).</summary>
    public static byte[] ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
