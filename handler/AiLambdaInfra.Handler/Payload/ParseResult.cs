using AiLambdaInfra.Handler.Contract;

namespace AiLambdaInfra.Handler.Payload;

/// <summary>Either a valid <see cref="RecognitionRequest"/> or the error response that lists every problem found.</summary>
public sealed record ParseResult(RecognitionRequest? Request, ErrorResponse? Error)
{
    public static ParseResult Valid(RecognitionRequest request) => new(request, null);

    public static ParseResult Invalid(int statusCode, IReadOnlyList<FieldError> errors) => new(null, new ErrorResponse(statusCode, errors));

    public static ParseResult Invalid(int statusCode, string field, string message, RejectionReason reason) =>
        Invalid(statusCode, [new FieldError(field, message, reason)]);
}
