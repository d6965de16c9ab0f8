using AiLambdaInfra.Handler.Model;
using AiLambdaInfra.Handler.Payload;
using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>The tensors the handler feeds the network for a payload: parsed, decoded and prepared exactly as it does.</summary>
public static class ModelInput
{
    public static IReadOnlyList<LineTensor> Prepare(byte[] payload) =>
        TextRecognizer.Prepare(RequestParser.Parse(payload).Request?.Images
            ?? throw new ArgumentException("the payload is not a valid request.", nameof(payload)));
}
