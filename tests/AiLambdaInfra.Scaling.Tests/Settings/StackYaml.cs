using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Scaling.Tests.Settings;

/// <summary>Builds small stack files for tests and reads them the way `validate` and the stack do.</summary>
internal static class StackYaml
{
    /// <summary>A stack file whose <c>config:</c> holds <paramref name="body"/> (written at config level, two-space indented).</summary>
    public static StackFileSettings Read(string body) =>
        StackFileSettings.Read(StackFile.Parse("config:\n  aws:region: us-east-1\n" + body, "Pulumi.test.yaml"));

    public static IReadOnlyList<string> Messages(string body) => Read(body).Errors.Select(e => e.Message).ToList();

    /// <summary>Asserts the file breaks exactly one rule, with exactly this message.</summary>
    public static void AssertOnlyError(string body, string expected) =>
        Assert.Equal([expected], Messages(body));
}
