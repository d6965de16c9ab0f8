using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>Rules of the <c>function</c> key; limits from https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html</summary>
internal static partial class FunctionRules
{
    /// <summary>Environment variables share 4 KB in all (same source).</summary>
    private const int MaxEnvironmentBytes = 4096;

    public static void Check(StackSettings settings, RuleErrors errors)
    {
        var f = settings.Function;
        if (f.Name is not null && !FunctionName().IsMatch(f.Name))
            errors.Add("function.name", $"`function.name` must be 1 to {AwsLimits.MaxFunctionNameLength} letters, digits, hyphens or underscores, got {Printable.Quoted(f.Name)}.");

        errors.Range("function.memoryMb", f.MemoryMb, AwsLimits.MinMemoryMb, AwsLimits.MaxMemoryMb);
        errors.Range("function.timeoutSeconds", f.TimeoutSeconds, AwsLimits.MinTimeoutSeconds, AwsLimits.MaxTimeoutSeconds);
        errors.Range("function.ephemeralStorageMb", f.EphemeralStorageMb, AwsLimits.MinEphemeralStorageMb, AwsLimits.MaxEphemeralStorageMb);
        errors.OneOf("function.architecture", f.Architecture, AwsLimits.Architectures);

        if (!AwsLimits.LogRetentionDays.Contains(f.LogRetentionDays))
            errors.Add("function.logRetentionDays",
                $"`function.logRetentionDays` must be one of the retention periods CloudWatch Logs accepts ({string.Join(", ", AwsLimits.LogRetentionDays)}), got {f.LogRetentionDays}.");

        CheckAlias(f.Alias, errors);

        if (f.CodePath is not null && LeavesProject(f.CodePath))
            errors.Add("function.codePath",
                $"`function.codePath` must be a relative path inside the project, such as handler/dist/ai-inference-arm64.zip, got {Printable.Quoted(f.CodePath)}: it leads outside the project, so a stack file could package any file the deployer can read. Build the zip inside the project and name it relative to Pulumi.yaml.");
        else if (f.CodePath is not null && !f.IsImage && !ZipFile().IsMatch(f.CodePath))
            errors.Add("function.codePath",
                $"`function.codePath` must name the function's .zip package, such as handler/dist/ai-inference-arm64.zip, got {Printable.Quoted(f.CodePath)}: the stack packages whatever the path names, so a folder or another file would be deployed as the function's code. Build the zip (see handler/) and name it relative to Pulumi.yaml.");
        if (f.CodePath is not null && f.IsImage)
            errors.Add("function.codePath", "`function.codePath` and `function.imageUri` cannot both be set: a function is deployed from a zip or from an image. Remove one of them.");
        if (!f.IsImage && string.IsNullOrWhiteSpace(f.Runtime))
            errors.Add("function.runtime", "`function.runtime` must name a Lambda runtime such as dotnet8, got an empty value.");

        var unreservedCap = settings.Scaling.AccountConcurrencyLimit - AwsLimits.UnreservedConcurrencyFloor;
        if (f.ReservedConcurrency is { } reserved)
        {
            // Reserved concurrency caps provisioned and on-demand executions together; equal to scaling.max, a full
            // provisioned pool leaves no on-demand room, and spillover is throttled instead of served.
            if (reserved <= settings.Scaling.Max)
                errors.Add("function.reservedConcurrency",
                    $"`function.reservedConcurrency` must be greater than `scaling.max` ({settings.Scaling.Max}), got {reserved}: it caps provisioned and on-demand executions together, so at {reserved} a full provisioned pool leaves no on-demand headroom and spillover is throttled. Raise it above {settings.Scaling.Max} or lower scaling.max.");
            if (reserved > unreservedCap)
                errors.Add("function.reservedConcurrency",
                    $"`function.reservedConcurrency` must be at most {unreservedCap} (`scaling.accountConcurrencyLimit` {settings.Scaling.AccountConcurrencyLimit} minus the {AwsLimits.UnreservedConcurrencyFloor} that AWS keeps unreserved), got {reserved}.");
        }

        var usesProvisioned = settings.Scaling.Autoscaling || settings.Scaling.Baseline > 0;
        if (f.SnapStart && usesProvisioned)
            errors.Add("function.snapStart",
                "`function.snapStart` cannot be true while the function uses provisioned concurrency (`scaling.autoscaling` is on or `scaling.baseline` is above 0): AWS refuses SnapStart and provisioned concurrency on the same version. Turn one of them off.");

        CheckEnvironment(f.Environment, errors);
        for (var i = 0; i < f.PolicyStatements.Count; i++)
            CheckStatement(f.PolicyStatements[i], $"function.policyStatements[{i}]", errors);
    }

    private static void CheckAlias(string alias, RuleErrors errors)
    {
        if (alias.Length == 0)
            errors.Add("function.alias", "`function.alias` must not be empty: provisioned concurrency is attached to a named alias such as live.");
        else if (alias == "$LATEST")
            errors.Add("function.alias", "`function.alias` must not be $LATEST: provisioned concurrency can only be set on a published version or an alias. Use a name such as live.");
        else if (!AliasName().IsMatch(alias))
            errors.Add("function.alias", $"`function.alias` must be 1 to {AwsLimits.MaxAliasNameLength} letters, digits, hyphens or underscores and not only digits, got {Printable.Quoted(alias)}.");
    }

    /// <summary>True when a path is absolute, starts at a home directory, or climbs above where it starts.</summary>
    private static bool LeavesProject(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.StartsWith('~') || path.Contains(':') || path.Contains('\0')) return true;
        var depth = 0;
        foreach (var part in path.Split('/', '\\'))
        {
            if (part == "..") depth--;
            else if (part is not ("" or ".")) depth++;
            if (depth < 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Variables the Lambda runtime sets itself; a function configuration that sets one is refused at deploy:
    /// https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
    /// (TZ is listed there too, but Lambda accepts it, and runtimes honour it).
    /// </summary>
    private static readonly HashSet<string> ReservedVariables = new(StringComparer.Ordinal)
    {
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
        "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    };

    private static void CheckEnvironment(IReadOnlyDictionary<string, string> environment, RuleErrors errors)
    {
        foreach (var name in environment.Keys.Where(ReservedVariables.Contains))
            errors.AddAboutName($"function.environment.{name}",
                $"`function.environment.{name}` is reserved: the Lambda runtime sets it itself and refuses a function configuration that sets it. Remove it, and read the value Lambda provides.");
        foreach (var name in environment.Keys.Where(n => !EnvironmentName().IsMatch(n)))
            errors.AddAboutName($"function.environment.{name}",
                $"`function.environment.{name}` is not a valid variable name: start with a letter, then letters, digits or underscores.");
        var bytes = environment.Sum(kv => kv.Key.Length + kv.Value.Length);
        if (bytes > MaxEnvironmentBytes)
            errors.Add("function.environment", $"`function.environment` must fit in {MaxEnvironmentBytes} bytes in all, got {bytes}. Move large values to a parameter store.");
    }

    private static void CheckStatement(PolicyStatementSettings statement, string key, RuleErrors errors)
    {
        errors.OneOf($"{key}.effect", statement.Effect, ["Allow", "Deny"]);
        if (statement.Actions.Count == 0)
            errors.Add($"{key}.actions", $"`{key}.actions` must list at least one IAM action such as s3:GetObject.");
        if (statement.Resources.Count == 0)
            errors.Add($"{key}.resources", $"`{key}.resources` must list at least one resource ARN; use the narrowest ARN that works.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex FunctionName();

    [GeneratedRegex("^(?![0-9]+$)[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex AliasName();

    /// <summary>A file name ending in .zip, with a name before it and nothing after it (not a folder, not ".zip" alone).</summary>
    [GeneratedRegex(@"(^|[/\\])[^/\\]+\.zip$", RegexOptions.IgnoreCase)]
    private static partial Regex ZipFile();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentName();
}
