namespace AiLambdaInfra.Handler.Contract;

/// <summary>The answer to a request the function cannot serve: every problem found, each naming its field.</summary>
public sealed record ErrorResponse(int StatusCode, IReadOnlyList<FieldError> Errors)
{
    /// <summary>The request is malformed or breaks a limit on one of its fields.</summary>
    public const int BadRequest = 400;

    /// <summary>The request body is larger than <see cref="Payload.PayloadLimits.MaxBodyBytes"/>.</summary>
    public const int PayloadTooLarge = 413;
}
