using System.Diagnostics;
using AiLambdaInfra.Handler.Recognition;
using Microsoft.ML.OnnxRuntime;

namespace AiLambdaInfra.Handler.Model;

/// <summary>
/// The loaded PP-OCRv4 recognition network and its dictionary. Loading is the expensive part of a cold start;
/// after it, <see cref="Read"/> is safe to call from any thread (ONNX Runtime sessions are thread-safe for Run).
/// </summary>
public sealed class TextRecognizer : IDisposable
{
    public const string ModelName = "PP-OCRv4-rec";

    private readonly InferenceSession session;
    private readonly CharacterDictionary dictionary;
    private readonly string inputName;
    private readonly string outputName;
    private readonly RunOptions runOptions = new();

    private TextRecognizer(InferenceSession session, CharacterDictionary dictionary)
    {
        this.session = session;
        this.dictionary = dictionary;
        inputName = session.InputMetadata.Keys.Single();
        outputName = session.OutputMetadata.Keys.Single();
    }

    public InitTimings Timings { get; private set; } = new(0, 0, 0);

    /// <summary>Loads the network, checks it matches the dictionary, and runs one warm-up inference.</summary>
    public static TextRecognizer Load(ModelFiles files)
    {
        files.EnsureExist();
        var clock = Stopwatch.StartNew();
        _ = OrtEnv.Instance();
        var runtimeLoaded = clock.Elapsed.TotalMilliseconds;

        var dictionary = CharacterDictionary.Load(files.DictionaryPath);
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = SessionThreading.IntraOpThreads(
                Environment.GetEnvironmentVariable(SessionThreading.MemoryVariable), Environment.ProcessorCount),
        };

        // Idle pool threads would otherwise spin-wait for work, burning the CPU share the working thread needs.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        var session = new InferenceSession(files.ModelPath, options);

        var classes = session.OutputMetadata.Values.Single().Dimensions[^1];
        if (classes != dictionary.Count)
        {
            session.Dispose();
            throw new InvalidDataException(
                $"Model '{files.ModelPath}' has {classes} output classes but dictionary '{files.DictionaryPath}' gives {dictionary.Count}; they come from different releases.");
        }

        var loaded = clock.Elapsed.TotalMilliseconds;
        var recognizer = new TextRecognizer(session, dictionary);

        // One inference on a blank line allocates ONNX Runtime's buffers and JIT-compiles the request path during
        // init, which provisioned concurrency runs ahead of traffic, so the first real request pays none of it.
        recognizer.Read([LineImage.Blank(LinePreprocessor.MinWidth, LinePreprocessor.Height, 255)]);
        recognizer.Timings = new InitTimings(runtimeLoaded, loaded - runtimeLoaded, clock.Elapsed.TotalMilliseconds - loaded);
        return recognizer;
    }

    /// <summary>Reads the lines of one request, in order, and measures the time spent inside ONNX Runtime.</summary>
    public RecognizedLines Read(IReadOnlyList<LineImage> images)
    {
        var tensors = Prepare(images);
        var lines = new RecognizedLine[tensors.Count];
        var modelTicks = 0L;
        for (var i = 0; i < tensors.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var outputs = Run(tensors[i]);
            modelTicks += Stopwatch.GetTimestamp() - started;
            lines[i] = Decode(outputs[0]);
        }

        return new RecognizedLines(lines, modelTicks * 1000.0 / Stopwatch.Frequency);
    }

    /// <summary>The network's inputs for the lines of one request, as <see cref="Read"/> builds them.</summary>
    internal static IReadOnlyList<LineTensor> Prepare(IReadOnlyList<LineImage> images) => images.Select(LinePreprocessor.Prepare).ToArray();

    /// <summary>The bare model: ONNX Runtime's Run on each prepared input, outputs discarded. The bench's baseline.</summary>
    internal void RunModel(IReadOnlyList<LineTensor> tensors)
    {
        foreach (var tensor in tensors)
        {
            using var outputs = Run(tensor);
        }
    }

    /// <summary>One Run of the network; the caller disposes the outputs.</summary>
    internal IDisposableReadOnlyCollection<OrtValue> Run(LineTensor tensor)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(tensor.Values, tensor.Shape);
        return session.Run(runOptions, [inputName], [input], [outputName]);
    }

    /// <summary>The text in one Run's output, its outer spaces trimmed.</summary>
    internal RecognizedLine Decode(OrtValue output)
    {
        var shape = output.GetTensorTypeAndShape().Shape;
        var line = CtcDecoder.Decode(output.GetTensorDataAsSpan<float>(), (int)shape[1], (int)shape[2], dictionary);

        // The network may read a space at the edge of the grey padding; a single line has no meaningful outer spaces.
        return line with { Text = line.Text.Trim() };
    }

    public void Dispose()
    {
        runOptions.Dispose();
        session.Dispose();
    }
}
