using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// How the function's physical name is made: the name from config as it is, or a prefix plus the hex of a
/// random suffix that only exists at deploy time.
/// </summary>
public sealed record FunctionNamePlan
{
    /// <summary>The name from <c>function.name</c>; when set, no random suffix is created.</summary>
    public string? FixedName { get; init; }

    /// <summary><c>&lt;project&gt;-&lt;stack&gt;</c>, cleaned to the characters Lambda allows and cut so the suffix still fits.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The random suffix to create, or null when <see cref="FixedName"/> is set.</summary>
    public RandomSuffixPlan? Suffix { get; init; }

    /// <summary>The physical function name for the suffix the random resource produced (ignored for a fixed name).</summary>
    public string Resolve(string? suffixHex)
    {
        if (FixedName is not null)
        {
            return FixedName;
        }

        if (string.IsNullOrEmpty(suffixHex))
        {
            throw new ArgumentException("A generated function name needs the random suffix.", nameof(suffixHex));
        }

        var name = $"{Prefix}-{suffixHex}";
        return name.Length <= AwsLimits.MaxFunctionNameLength ? name : name[..AwsLimits.MaxFunctionNameLength];
    }
}
