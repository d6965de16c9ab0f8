using System.Text.RegularExpressions;
using AiLambdaInfra.Scaling.Validation;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Checks <c>aws:region</c>, which the AWS provider reads and this tool echoes (prices, messages). Region names are a
/// two-letter area, one or more words and a number (<c>us-east-1</c>, <c>us-gov-west-1</c>, <c>ap-southeast-4</c>):
/// https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
/// </summary>
internal static partial class RegionRule
{
    public const string Key = "aws:region";

    public static IEnumerable<StackFileError> Check(StackFile file)
    {
        if (!file.HasConfigKey(Key) || file.IsSecret(Key)) yield break;
        var region = file.GetString(Key);
        if (region is not null && RegionName().IsMatch(region)) yield break;
        yield return new StackFileError(file.FileName, file.LineOf(Key), Key,
            $"`{Key}` must be an AWS region name (two letters, words and a number joined by hyphens, such as us-east-1 or eu-west-2), got {Printable.Quoted(region ?? "a list or mapping")}. Write the region the stack deploys to, as `aws ec2 describe-regions` lists it.");
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionName();
}
