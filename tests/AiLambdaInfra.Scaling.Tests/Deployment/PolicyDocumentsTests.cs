using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class PolicyDocumentsTests
{
    [Fact]
    public void Role_IsTrustedByLambdaOnly() =>
        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
            PolicyDocuments.LambdaTrust());

    [Fact]
    public void LoggingPolicy_CoversTheFunctionsOwnLogGroupOnly() =>
        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":["arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn-1","arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn-1:*"]}]}""",
            PolicyDocuments.Logging("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn-1"));

    [Fact]
    public void WithoutExtraStatements_NoExtraPolicyIsWritten() => Assert.Null(PolicyDocuments.Extra([]));

    [Fact]
    public void ExtraStatements_BecomeOnePolicyInConfigOrder() =>
        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::models/*"]},{"Effect":"Deny","Action":["s3:DeleteObject"],"Resource":["*"]}]}""",
            PolicyDocuments.Extra(
            [
                new PolicyStatementSettings { Actions = ["s3:GetObject"], Resources = ["arn:aws:s3:::models/*"] },
                new PolicyStatementSettings { Effect = "Deny", Actions = ["s3:DeleteObject"], Resources = ["*"] },
            ]));
}
