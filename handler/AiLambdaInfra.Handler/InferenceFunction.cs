using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiLambdaInfra.Handler.Contract;
using AiLambdaInfra.Handler.Metrics;
using AiLambdaInfra.Handler.Model;
using AiLambdaInfra.Handler.Payload;

namespace AiLambdaInfra.Handler;

/// <summary>
/// The Lambda function: reads text from images of single text lines. Handler string
/// <c>AiLambdaInfra.Handler::AiLambdaInfra.Handler.InferenceFunction::Handle</c> on the managed <c>dotnet8</c> runtime,
/// which creates this class once per execution environment during init and then calls <see cref="Handle"/> for every
/// invocation with the raw payload. A Stream-in/Stream-out handler needs no serializer package
/// (https://docs.aws.amazon.com/lambda/latest/dg/csharp-handler.html).
/// </summary>
public sealed class InferenceFunction
{
    private readonly TextRecognizer recognizer;
    private readonly InvocationMetrics metrics;

    /// <summary>
    /// A request for one blank 64x16 PNG. Handling it during construction compiles the whole request path (JSON,
    /// base64, PNG decoding, serialisation) in init, which provisioned concurrency runs before traffic arrives.
    /// </summary>
    private static readonly byte[] WarmUpRequest = Encoding.UTF8.GetBytes(
        "{\"images\":[\"iVBORw0KGgoAAAANSUhEUgAAAEAAAAAQCAAAAACDjCb1AAAAFklEQVR42mP4TyFgGDVg1IBRA4aLAQBdePwurSGpXgAAAABJRU5ErkJggg==\"]}");

    /// <summary>Loads the model (once per process) and warms the request path, so that init, not the first request, pays for both.</summary>
    public InferenceFunction()
        : this(InvocationMetrics.ForThisFunction(new StandardOutputSink()))
    {
    }

    /// <summary>As <see cref="InferenceFunction()"/>, emitting each invocation's metrics to <paramref name="metrics"/>.</summary>
    internal InferenceFunction(InvocationMetrics metrics)
    {
        recognizer = ModelHolder.Recognizer;
        this.metrics = metrics;

        // The warm-up is not an invocation: its metric line is formatted (compiling that path too) but not emitted.
        var (warmUp, outcome) = Respond(new MemoryStream(WarmUpRequest, writable: false));
        warmUp.Dispose();
        _ = metrics.Format(outcome);
    }

    /// <summary>
    /// Answers one request and emits its metrics (one EMF line on standard output). Bad input of any kind gets a JSON
    /// error response naming the field; it never throws. Only a fault of the function itself (a broken model)
    /// propagates, so Lambda counts it in the Errors metric.
    /// </summary>
    public Stream Handle(Stream input)
    {
        var (response, outcome) = Respond(input);
        metrics.Record(outcome);
        return response;
    }

    private (Stream Response, InvocationOutcome Outcome) Respond(Stream input)
    {
        var (body, length) = ReadBounded(input);
        var parsed = length > PayloadLimits.MaxBodyBytes ? RequestParser.BodyTooLarge(length) : RequestParser.Parse(body);
        if (parsed.Error is { } error)
        {
            return (Serialize(error, ContractJson.Default.ErrorResponse), InvocationOutcome.Rejected(error));
        }

        var request = parsed.Request!;
        var read = recognizer.Read(request.Images);
        var response = RecognitionResponse.Of(request.RequestId, TextRecognizer.ModelName, read.Lines);
        return (Serialize(response, ContractJson.Default.RecognitionResponse), InvocationOutcome.Accepted(read.Lines.Count, read.ModelMs));
    }

    /// <summary>
    /// Reads at most one byte past the limit into memory; the rest of an over-size body is only counted, so the
    /// error can state its size. Lambda has already capped it at 6 MB.
    /// </summary>
    private static (ReadOnlyMemory<byte> Body, long Length) ReadBounded(Stream? input)
    {
        if (input is null)
        {
            return (ReadOnlyMemory<byte>.Empty, 0);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (total <= PayloadLimits.MaxBodyBytes)
            {
                buffer.Write(chunk, 0, (int)Math.Min(read, PayloadLimits.MaxBodyBytes + 1 - total));
            }

            total += read;
        }

        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), total);
    }

    internal static MemoryStream Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var output = new MemoryStream();
        JsonSerializer.Serialize(output, value, typeInfo);
        output.Position = 0;
        return output;
    }
}
