namespace AiLambdaInfra.Scaling.Validation;

/// <summary>
/// Tag rules common to the tagged services (Lambda, CloudWatch, SNS, IAM):
/// https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
/// </summary>
internal static class TagRules
{
    private const int MaxTags = 50, MaxKeyLength = 128, MaxValueLength = 256;

    public static void Check(IReadOnlyDictionary<string, string> tags, RuleErrors errors)
    {
        if (tags.Count > MaxTags)
            errors.Add("tags", $"`tags` must hold at most {MaxTags} tags, got {tags.Count}.");
        foreach (var (key, value) in tags)
        {
            if (key.Length > MaxKeyLength)
                errors.Add($"tags.{key}", $"`tags.{key}`: tag keys must be at most {MaxKeyLength} characters, got {key.Length}.");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                errors.Add($"tags.{key}", $"`tags.{key}`: tag keys starting with aws: are reserved for AWS. Choose another key.");
            if (value.Length > MaxValueLength)
                errors.Add($"tags.{key}", $"`tags.{key}` must be at most {MaxValueLength} characters, got {value.Length}.");
        }
    }
}
