namespace AiLambdaInfra.Scaling.Files;

/// <summary>Paths as the file system sees them, so that two spellings of one file are known to be one.</summary>
public static class FilePaths
{
    /// <summary>Symbolic links followed at most this many times, as Linux does (ELOOP after 40).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// <paramref name="full"/> with every symbolic link along it replaced by its target, like <c>realpath(3)</c>, for a
    /// path that may not exist yet (its existing part is resolved; the rest is kept as written).
    /// </summary>
    public static string Real(string full)
    {
        var path = Path.GetFullPath(full);
        for (var hops = 0; hops < MaxLinks; hops++)
        {
            var root = Path.GetPathRoot(path) ?? "";
            var parts = path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var followed = false;
            for (var i = 0; i < parts.Length && !followed; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                {
                    path = Path.GetFullPath(Path.Combine([Path.GetFullPath(target, current), .. parts[(i + 1)..]]));
                    followed = true;
                }
                current = next;
            }
            if (!followed) return path;
        }
        return path;
    }
}
