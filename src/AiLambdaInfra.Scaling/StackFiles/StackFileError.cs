using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// A broken rule located in a stack file: <c>Pulumi.prod.yaml:14: `scaling.max` must be …</c>. Printed with control
/// characters escaped, since the message may echo the file's values.
/// </summary>
public sealed record StackFileError(string FileName, int? Line, string Key, string Message)
{
    public override string ToString() => Printable.Escape(Line is null ? $"{FileName}: {Message}" : $"{FileName}:{Line}: {Message}");
}
