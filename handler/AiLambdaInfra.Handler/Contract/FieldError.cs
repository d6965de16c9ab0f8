using System.Text.Json.Serialization;

namespace AiLambdaInfra.Handler.Contract;

/// <summary>
/// One problem with a request: the field it concerns (<c>body</c>, <c>images</c>, <c>images[2]</c>, …), what to fix,
/// and the kind of check it failed. The reason feeds the function's metrics and is not part of the response.
/// </summary>
public sealed record FieldError(string Field, string Message, [property: JsonIgnore] RejectionReason Reason);
