namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>A broken rule located in a stack file: <c>Pulumi.prod.yaml:14: `scaling.max` must be …</c>.</summary>
public sealed record StackFileError(string FileName, int? Line, string Key, string Message)
{
    public override string ToString() => Line is null ? $"{FileName}: {Message}" : $"{FileName}:{Line}: {Message}";
}
