namespace AiLambdaInfra.Handler.Bench;

/// <summary>Reads a request payload from a file, or from standard input when the path is <c>-</c>.</summary>
public static class PayloadFile
{
    public static byte[]? Read(string path, TextWriter error)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return buffer.ToArray();
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"error: payload file '{path}' does not exist (paths are relative to {Environment.CurrentDirectory}).");
            return null;
        }

        return File.ReadAllBytes(path);
    }
}
