namespace AiLambdaInfra.Scaling.Settings;

/// <summary>The Lambda function (config key <c>function</c>).</summary>
public sealed record FunctionSettings
{
    /// <summary>Physical function name. Defaults to <c>&lt;project&gt;-&lt;stack&gt;-&lt;random suffix&gt;</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Description shown in the Lambda console. Defaults to <see cref="Defaults.Description"/>.</summary>
    public string Description { get; init; } = Defaults.Description;

    /// <summary>
    /// Path of the zip package, relative to the project root. Defaults to the published handler for the
    /// architecture (<see cref="Defaults.CodePath"/>). Ignored when <see cref="ImageUri"/> is set.
    /// </summary>
    public string? CodePath { get; init; }

    /// <summary>Container image URI; when set the function is an image function. Defaults to none (zip).</summary>
    public string? ImageUri { get; init; }

    /// <summary>Lambda runtime identifier for zip functions. Defaults to <see cref="Defaults.Runtime"/>.</summary>
    public string Runtime { get; init; } = Defaults.Runtime;

    /// <summary>Handler string for zip functions. Defaults to <see cref="Defaults.Handler"/>.</summary>
    public string Handler { get; init; } = Defaults.Handler;

    /// <summary>Memory in MB, 128–10240. Defaults to <see cref="Defaults.MemoryMb"/>.</summary>
    public int MemoryMb { get; init; } = Defaults.MemoryMb;

    /// <summary>Timeout in seconds, 1–900. Defaults to <see cref="Defaults.TimeoutSeconds"/>.</summary>
    public int TimeoutSeconds { get; init; } = Defaults.TimeoutSeconds;

    /// <summary>Size of <c>/tmp</c> in MB, 512–10240. Defaults to <see cref="Defaults.EphemeralStorageMb"/>.</summary>
    public int EphemeralStorageMb { get; init; } = Defaults.EphemeralStorageMb;

    /// <summary><c>arm64</c> or <c>x86_64</c>. Defaults to <see cref="Defaults.Architecture"/>.</summary>
    public string Architecture { get; init; } = Defaults.Architecture;

    /// <summary>Environment variables. Defaults to none.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Reserved concurrency; when set it must be at least <see cref="ScalingSettings.Max"/>. Defaults to none (unreserved pool).</summary>
    public int? ReservedConcurrency { get; init; }

    /// <summary>SnapStart on published versions. AWS refuses it together with provisioned concurrency. Defaults to false.</summary>
    public bool SnapStart { get; init; }

    /// <summary>Retention of <c>/aws/lambda/&lt;function&gt;</c> in days (a CloudWatch Logs retention value). Defaults to <see cref="Defaults.LogRetentionDays"/>.</summary>
    public int LogRetentionDays { get; init; } = Defaults.LogRetentionDays;

    /// <summary>Alias that provisioned concurrency is attached to. Defaults to <see cref="Defaults.Alias"/>.</summary>
    public string Alias { get; init; } = Defaults.Alias;

    /// <summary>Extra IAM statements for the execution role, beyond basic logging. Defaults to none.</summary>
    public IReadOnlyList<PolicyStatementSettings> PolicyStatements { get; init; } = [];

    /// <summary>The zip path actually used: <see cref="CodePath"/>, or the default package for the architecture.</summary>
    public string EffectiveCodePath => CodePath ?? Defaults.CodePath(Architecture);

    /// <summary>True when the function is deployed from a container image.</summary>
    public bool IsImage => !string.IsNullOrEmpty(ImageUri);
}
