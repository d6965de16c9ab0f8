using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Deployment;

namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Tag rules common to the tagged services (Lambda, CloudWatch, SNS, IAM):
/// https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
/// </summary>
internal static class TagRules
{
    private const int MaxKeyLength = 128, MaxValueLength = 256;

    /// <summary>The stack adds its own tags to every resource, and they count against the per-resource limit.</summary>
    private static readonly int MaxTags = AwsLimits.MaxTagsPerResource - ManagedTags.All.Count;

    public static void Check(IReadOnlyDictionary<string, string> tags, RuleErrors errors)
    {
        if (tags.Count > MaxTags)
            errors.Add("tags", $"`tags` must hold at most {MaxTags} tags ({AwsLimits.MaxTagsPerResource} per resource minus the {ManagedTags.All.Count} the stack adds: {string.Join(", ", ManagedTags.All)}), got {tags.Count}.");
        foreach (var (key, value) in tags)
        {
            if (key.Length > MaxKeyLength)
                errors.AddAboutName($"tags.{key}", $"`tags.{key}`: tag keys must be at most {MaxKeyLength} characters, got {key.Length}.");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                errors.AddAboutName($"tags.{key}", $"`tags.{key}`: tag keys starting with aws: are reserved for AWS. Choose another key.");
            if (value.Length > MaxValueLength)
                errors.Add($"tags.{key}", $"`tags.{key}` must be at most {MaxValueLength} characters, got {value.Length}.");
        }
    }
}
