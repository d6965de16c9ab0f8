namespace AiLambdaInfra.Scaling.Nightly;

/// <summary>How many lines a line diff removes plus adds between two texts: both lengths less twice their longest common subsequence.</summary>
internal static class LineDiff
{
    public static int Count(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var previous = new int[after.Count + 1];
        var current = new int[after.Count + 1];
        for (var i = 1; i <= before.Count; i++)
        {
            for (var j = 1; j <= after.Count; j++)
                current[j] = before[i - 1] == after[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return before.Count + after.Count - 2 * previous[after.Count];
    }
}
