using System.Text.Json.Serialization;

namespace AiLambdaInfra.Handler.Contract;

/// <summary>
/// Source-generated System.Text.Json metadata for the responses: no reflection-based serializer warm-up,
/// which would otherwise add to every cold start.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RecognitionResponse))]
[JsonSerializable(typeof(ErrorResponse))]
internal sealed partial class ContractJson : JsonSerializerContext;
