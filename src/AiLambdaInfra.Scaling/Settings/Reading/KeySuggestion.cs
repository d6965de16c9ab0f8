namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>Finds the known key a misspelt one most likely meant, by edit distance.</summary>
internal static class KeySuggestion
{
    /// <summary>The closest of <paramref name="known"/> within an edit distance of a third of the key's length, if any.</summary>
    public static string? Closest(string key, IEnumerable<string> known)
    {
        var limit = Math.Max(2, key.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var distance = Distance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (bestDistance <= limit) return best;
        // A key that starts like a known one ("minimum" for "min") is most likely that one spelt out.
        return known.Order(StringComparer.Ordinal)
            .FirstOrDefault(k => k.Length >= 3 && key.StartsWith(k, StringComparison.OrdinalIgnoreCase));
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
