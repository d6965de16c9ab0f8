namespace AiLambdaInfra.Handler.Model;

/// <summary>
/// The one <see cref="TextRecognizer"/> of this execution environment. The first access loads it (from the
/// function's constructor, i.e. during Lambda's init phase); every later invocation reuses it. A failed load is
/// cached and rethrown, so a broken package fails every init loudly instead of half-working.
/// </summary>
public static class ModelHolder
{
    private static readonly Lazy<TextRecognizer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int loadCount;

    public static TextRecognizer Recognizer => Shared.Value;

    /// <summary>How many times this process has loaded the model: 1 once loaded, however many invocations follow.</summary>
    public static int LoadCount => Volatile.Read(ref loadCount);

    private static TextRecognizer Load()
    {
        Interlocked.Increment(ref loadCount);
        var recognizer = TextRecognizer.Load(ModelFiles.NextTo(typeof(ModelHolder).Assembly));

        // One line per load in the function's log stream, so init cost can be read from CloudWatch Logs.
        // Standard error keeps standard output free for the local invoke tool's response.
        var timings = recognizer.Timings;
        Console.Error.WriteLine(FormattableString.Invariant(
            $"{{\"event\":\"model-loaded\",\"model\":\"{TextRecognizer.ModelName}\",\"runtimeLoadMs\":{timings.RuntimeLoadMs:0.0},\"modelLoadMs\":{timings.ModelLoadMs:0.0},\"warmUpMs\":{timings.WarmUpMs:0.0}}}"));
        return recognizer;
    }
}
