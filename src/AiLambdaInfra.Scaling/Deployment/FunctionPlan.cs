namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>The Lambda function, always published so the alias and its provisioned concurrency point at a version.</summary>
public sealed record FunctionPlan
{
    public required string LogicalName { get; init; }
    public required string Description { get; init; }

    /// <summary>Container image URI; null for a zip function.</summary>
    public string? ImageUri { get; init; }

    /// <summary>Zip package path relative to the project root; null for an image function.</summary>
    public string? CodePath { get; init; }

    /// <summary>Runtime for zip functions; null for an image function (the image brings its own).</summary>
    public string? Runtime { get; init; }

    /// <summary>Handler for zip functions; null for an image function.</summary>
    public string? Handler { get; init; }

    /// <summary><c>Image</c> or <c>Zip</c>, the values of Lambda's PackageType.</summary>
    public string PackageType => ImageUri is null ? "Zip" : "Image";

    public required int MemoryMb { get; init; }
    public required int TimeoutSeconds { get; init; }
    public required int EphemeralStorageMb { get; init; }
    public required IReadOnlyList<string> Architectures { get; init; }
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
    public int? ReservedConcurrency { get; init; }

    /// <summary>SnapStart on published versions; only reachable without provisioned concurrency.</summary>
    public bool SnapStart { get; init; }

    /// <summary>Always true: provisioned concurrency needs a published version behind the alias.</summary>
    public bool Publish { get; init; } = true;
}
