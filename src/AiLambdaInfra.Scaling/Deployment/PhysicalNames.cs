using System.Text;
using AiLambdaInfra.Scaling.Aws;

namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>
/// The physical names of a stack's resources. The function's is <c>function.name</c> or <c>&lt;project&gt;-&lt;stack&gt;-&lt;8 hex&gt;</c>;
/// every other name derives from it, so all fall under the <c>&lt;project&gt;-*</c> pattern the deploy policy grants.
/// </summary>
public static class PhysicalNames
{
    /// <summary>What the role's name adds to the function's name.</summary>
    public const string RoleSuffix = "-role";

    /// <summary>
    /// <c>&lt;project&gt;-&lt;stack&gt;-&lt;hex&gt;</c> within Lambda's 64 characters: project and stack are cleaned to the characters
    /// Lambda accepts and cut so the hex still fits. https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
    /// </summary>
    public static string GeneratedFunctionName(string projectName, string stackName, string suffixHex)
    {
        if (string.IsNullOrEmpty(suffixHex))
        {
            throw new ArgumentException("A generated function name needs the random suffix.", nameof(suffixHex));
        }

        var room = AwsLimits.MaxFunctionNameLength - 1 - suffixHex.Length;
        var prefix = Clean($"{projectName}-{stackName}");
        if (prefix.Length > room)
        {
            prefix = prefix[..room];
        }

        return $"{prefix.TrimEnd('-', '_')}-{suffixHex}";
    }

    /// <summary>
    /// The function's name plus <see cref="RoleSuffix"/>. A name too long for IAM loses characters from its middle,
    /// keeping both the project prefix and the random suffix at the end.
    /// </summary>
    public static string Role(string functionName)
    {
        var room = AwsLimits.MaxRoleNameLength - RoleSuffix.Length;
        if (functionName.Length <= room)
        {
            return functionName + RoleSuffix;
        }

        const int keptEnd = 9;
        return functionName[..(room - keptEnd)] + functionName[^keptEnd..] + RoleSuffix;
    }

    /// <summary>Lambda writes to <c>/aws/lambda/&lt;function name&gt;</c>: https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html</summary>
    public static string LogGroup(string functionName) => $"/aws/lambda/{functionName}";

    public static string Topic(string functionName) => $"{functionName}-alarms";

    /// <summary>The tracking policy's name, readable next to the function in the console.</summary>
    public static string TrackingPolicy(string functionName) => $"{functionName}-utilization-tracking";

    /// <summary>
    /// <c>&lt;function&gt;-&lt;region&gt;</c>: dashboards are global to the account, so a function name given in
    /// <c>function.name</c> and deployed to two regions still gets two dashboards. Dashboard names allow
    /// <c>A-Za-z0-9-_</c> up to 255 characters.
    /// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cw-dashboard.html
    /// </summary>
    public static string Dashboard(string functionName, string region) => $"{functionName}-{region}";

    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }
}
