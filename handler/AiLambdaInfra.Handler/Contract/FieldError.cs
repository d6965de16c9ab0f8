namespace AiLambdaInfra.Handler.Contract;

/// <summary>One problem with a request: the field it concerns (<c>body</c>, <c>images</c>, <c>images[2]</c>, …) and what to fix.</summary>
public sealed record FieldError(string Field, string Message);
