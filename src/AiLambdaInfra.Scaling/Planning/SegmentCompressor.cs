using System.Runtime.CompilerServices;

namespace AiLambdaInfra.Scaling.Planning;

/// <summary>
/// Cuts a staircase of capacity levels down to an action budget without ever lowering a level: it repeatedly merges
/// the two neighbouring segments whose merge (both raised to the higher level) adds the least capacity·minutes, until
/// the actions they need fit the budget (greedy, O(n log n); ties go to the earliest segment so the result is
/// deterministic). A segment costs one action; when <c>fallsCostTwo</c>, a segment lower than the one before costs two
/// (the action that lowers max and the one that gives target tracking its room back). Merging never adds a fall, so
/// the count only goes down.
/// </summary>
internal static class SegmentCompressor
{
    /// <param name="segments">Consecutive segments with different neighbouring levels.</param>
    /// <param name="budget">Most actions allowed.</param>
    /// <param name="fallsCostTwo">Whether a fall needs a second action.</param>
    /// <param name="cyclic">The last segment precedes the first (a repeating week); otherwise the first counts as a fall (the state before it is unknown).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Segment> Compress(IReadOnlyList<Segment> segments, int budget, bool fallsCostTwo, bool cyclic)
    {
        var n = segments.Count;
        var level = new int[n];
        var length = new long[n];
        var next = new int[n];
        var prev = new int[n];
        var version = new int[n];
        var alive = new bool[n];
        for (var i = 0; i < n; i++)
        {
            level[i] = segments[i].Level;
            length[i] = segments[i].Length;
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
            alive[i] = true;
        }
        var count = n;
        var first = 0;
        var last = n - 1;

        int PrevOf(int i) => prev[i] >= 0 ? prev[i] : (cyclic ? last : -1);
        int Cost(int i)
        {
            if (!fallsCostTwo) return 1;
            var p = PrevOf(i);
            if (p < 0) return 2;
            return p != i && level[i] < level[p] ? 2 : 1;
        }
        var actions = 0;
        for (var i = 0; i < n; i++) actions += Cost(i);
        if (actions <= budget) return [.. segments];

        var queue = new PriorityQueue<(int Left, int LeftVersion, int RightVersion), (long Cost, int Left)>();
        void Push(int left)
        {
            var right = next[left];
            if (left < 0 || right < 0) return;
            var top = Math.Max(level[left], level[right]);
            var cost = (top - level[left]) * length[left] + (top - level[right]) * length[right];
            queue.Enqueue((left, version[left], version[right]), (cost, left));
        }
        for (var i = 0; i < n - 1; i++) Push(i);

        while (actions > budget && queue.TryDequeue(out var item, out _))
        {
            var (left, lv, rv) = item;
            if (!alive[left] || version[left] != lv) continue;
            var right = next[left];
            if (right < 0 || version[right] != rv) continue;

            // Remove the action cost of the segments whose "previous" changes, merge, add it back.
            var after = next[right];
            // The segments whose action cost can change: the pair, the one after, and (wrapping) the first.
            var third = after >= 0 ? after : (cyclic && first != left ? first : -1);
            actions -= Cost(left) + Cost(right) + (third >= 0 ? Cost(third) : 0);

            level[left] = Math.Max(level[left], level[right]);
            length[left] += length[right];
            alive[right] = false;
            next[left] = after;
            if (after >= 0) prev[after] = left; else last = left;
            version[left]++;
            count--;

            actions += Cost(left) + (third >= 0 ? Cost(third) : 0);
            if (prev[left] >= 0) Push(prev[left]);
            Push(left);
        }

        var result = new List<Segment>(count);
        var startMinute = segments[0].Start;
        for (var i = first; i >= 0; i = next[i])
        {
            result.Add(new Segment(startMinute, (int)length[i], level[i]));
            startMinute += (int)length[i];
        }
        return result;
    }

    /// <summary>Actions the segments need under the same rules.</summary>
    public static int ActionCount(IReadOnlyList<Segment> segments, bool fallsCostTwo, bool cyclic)
    {
        if (!fallsCostTwo) return segments.Count;
        var total = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var p = i > 0 ? i - 1 : (cyclic ? segments.Count - 1 : -1);
            total += p < 0 ? 2 : (p != i && segments[i].Level < segments[p].Level ? 2 : 1);
        }
        return total;
    }
}
