using System.Diagnostics;
using System.Text.Json;
using AiLambdaInfra.Handler.Contract;
using AiLambdaInfra.Handler.Metrics;
using AiLambdaInfra.Handler.Model;
using AiLambdaInfra.Handler.Payload;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>
/// Where one invocation's time goes: the handler's steps run one by one on the payload, each timed in the thread's
/// CPU time (wall time where that clock is missing), medians over the rounds. The steps are the handler's own
/// functions, so their sum is close to a full invocation.
/// </summary>
public sealed record StageBreakdown(double ParseMs, double ImageDecodeMs, double PrepareMs, double ModelMs, double OutputDecodeMs, double ResponseMs)
{
    public double TotalMs => ParseMs + ImageDecodeMs + PrepareMs + ModelMs + OutputDecodeMs + ResponseMs;

    public static StageBreakdown Measure(byte[] payload, int rounds)
    {
        var recognizer = ModelHolder.Recognizer;
        var imageBytes = ImageBytes(payload);
        var metrics = InvocationMetrics.ForThisFunction(new DiscardingSink());
        var samples = Enumerable.Range(0, 6).Select(_ => new List<double>(rounds)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var started = Now();
            var request = RequestParser.Parse(payload).Request!;
            var parse = Elapsed(ref started);
            foreach (var bytes in imageBytes)
            {
                ImageDecoder.Decode(bytes, "images[0]", new List<FieldError>());
            }

            var decode = Elapsed(ref started);
            var tensors = TextRecognizer.Prepare(request.Images);
            var prepare = Elapsed(ref started);
            var outputs = tensors.Select(recognizer.Run).ToArray();
            var model = Elapsed(ref started);
            var lines = outputs.Select(output => recognizer.Decode(output[0])).ToArray();
            var outputDecode = Elapsed(ref started);
            foreach (var output in outputs)
            {
                output.Dispose();
            }

            started = Now();
            var response = RecognitionResponse.Of(request.RequestId, TextRecognizer.ModelName, lines);
            InferenceFunction.Serialize(response, ContractJson.Default.RecognitionResponse).Dispose();
            metrics.Format(InvocationOutcome.Accepted(lines.Length, model));
            var respond = Elapsed(ref started);

            // Parsing includes decoding the images, which is then timed on its own.
            samples[0].Add(parse - decode);
            samples[1].Add(decode);
            samples[2].Add(prepare);
            samples[3].Add(model);
            samples[4].Add(outputDecode);
            samples[5].Add(respond);
        }

        var p50 = samples.Select(stage => LatencySummary.Of(stage).P50).ToArray();
        return new StageBreakdown(p50[0], p50[1], p50[2], p50[3], p50[4], p50[5]);
    }

    private static double Now() => ThreadCpuClock.IsAvailable ? ThreadCpuClock.NowMs() : Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    private static double Elapsed(ref double started)
    {
        var now = Now();
        var elapsed = now - started;
        started = now;
        return elapsed;
    }

    private static List<byte[]> ImageBytes(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.GetProperty(RequestParser.ImagesField).EnumerateArray()
            .Select(image => Convert.FromBase64String(image.GetString()!))
            .ToList();
    }
}
