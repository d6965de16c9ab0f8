using System.Text.Json;
using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;

namespace AiLambdaInfra.Scaling.Tests.Deployment;

public class ResourcePlanTests
{
    private static IEnumerable<string> LogicalNames(DeploymentPlan plan) =>
        new[]
        {
            plan.FunctionName.Suffix?.LogicalName, plan.Role.LogicalName, plan.Role.LoggingPolicyLogicalName, plan.Role.ExtraPolicyLogicalName,
            plan.LogGroup.LogicalName, plan.Function.LogicalName, plan.Alias.LogicalName, plan.ProvisionedConcurrency?.LogicalName,
            plan.ScalableTarget?.LogicalName, plan.TrackingPolicy?.LogicalName, plan.Notifications.TopicLogicalName,
        }
        .Concat(plan.ScheduledActions.Select(action => action.LogicalName))
        .Concat(plan.Alarms.Select(alarm => alarm.LogicalName))
        .Concat(plan.Notifications.EmailSubscriptions.Select(subscription => subscription.LogicalName))
        .OfType<string>();

    [Fact]
    public void EveryChild_IsNamedFromTheComponentAndUnique()
    {
        var settings = SampleSettings.Prod() with
        {
            Function = SampleSettings.Prod().Function with
            {
                PolicyStatements = [new PolicyStatementSettings { Actions = ["s3:GetObject"], Resources = ["arn:aws:s3:::models/*"] }],
            },
        };

        var names = LogicalNames(DeploymentPlanBuilder.Build(settings, SampleSettings.Context with { ComponentName = "classifier" })).ToList();

        Assert.Equal(20, names.Count);
        Assert.All(names, name => Assert.StartsWith("classifier-", name));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Role_IsTrustedByLambdaOnly()
    {
        var role = SampleSettings.Plan(SampleSettings.Dev()).Role;

        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
            role.AssumeRolePolicyJson);
    }

    [Fact]
    public void LoggingPolicy_CoversTheFunctionsOwnLogGroupOnly()
    {
        var role = SampleSettings.Plan(SampleSettings.Dev()).Role;
        const string arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn-1";

        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":["arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn-1","arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn-1:*"]}]}""",
            role.LoggingPolicyJson(arn));
    }

    [Fact]
    public void WithoutExtraStatements_NoExtraPolicyIsPlanned()
    {
        var role = SampleSettings.Plan(SampleSettings.Dev()).Role;

        Assert.Null(role.ExtraPolicyLogicalName);
        Assert.Null(role.ExtraPolicyJson);
    }

    [Fact]
    public void ExtraStatements_BecomeOnePolicyInConfigOrder()
    {
        var settings = SampleSettings.Dev() with
        {
            Function = new FunctionSettings
            {
                PolicyStatements =
                [
                    new PolicyStatementSettings { Actions = ["s3:GetObject"], Resources = ["arn:aws:s3:::models/*"] },
                    new PolicyStatementSettings { Effect = "Deny", Actions = ["s3:DeleteObject"], Resources = ["*"] },
                ],
            },
        };

        var role = SampleSettings.Plan(settings).Role;

        Assert.Equal("inference-extra-permissions", role.ExtraPolicyLogicalName);
        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::models/*"]},{"Effect":"Deny","Action":["s3:DeleteObject"],"Resource":["*"]}]}""",
            role.ExtraPolicyJson);
    }

    [Fact]
    public void LogGroup_IsTheFunctionsDefaultGroupWithConfiguredRetention()
    {
        var plan = SampleSettings.Plan(SampleSettings.Dev() with { Function = new FunctionSettings { LogRetentionDays = 30 } });

        Assert.Equal("/aws/lambda/fn-1", LogGroupPlan.NameFor("fn-1"));
        Assert.Equal(30, plan.LogGroup.RetentionDays);
    }

    [Fact]
    public void ZipFunction_IsPublishedFromTheHandlerPackage()
    {
        var function = SampleSettings.Plan(SampleSettings.Prod()).Function;

        Assert.True(function.Publish);
        Assert.Equal("Zip", function.PackageType);
        Assert.Equal("handler/dist/ai-inference-arm64.zip", function.CodePath);
        Assert.Equal((Defaults.Runtime, Defaults.Handler), (function.Runtime, function.Handler));
        Assert.Null(function.ImageUri);
        Assert.Equal(["arm64"], function.Architectures);
        Assert.Equal((3008, 20, 512), (function.MemoryMb, function.TimeoutSeconds, function.EphemeralStorageMb));
        Assert.Equal(["LOG_LEVEL", "MODEL_PATH"], function.Environment.Keys);
    }

    [Fact]
    public void ImageFunction_HasNoPackagePathRuntimeOrHandler()
    {
        const string image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/inference:1.4.0";
        var settings = SampleSettings.Dev() with { Function = new FunctionSettings { ImageUri = image, Architecture = "x86_64", ReservedConcurrency = 50 } };

        var function = SampleSettings.Plan(settings).Function;

        Assert.Equal(("Image", image), (function.PackageType, function.ImageUri));
        Assert.Null(function.CodePath);
        Assert.Null(function.Runtime);
        Assert.Null(function.Handler);
        Assert.Equal(["x86_64"], function.Architectures);
        Assert.Equal(50, function.ReservedConcurrency);
    }

    [Fact]
    public void Tags_AreTheConfigsTagsPlusProjectAndStack()
    {
        var tags = SampleSettings.Plan(SampleSettings.Prod()).Tags;

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["cost-center"] = "4711",
                ["pulumi:project"] = "ai-lambda-infra",
                ["pulumi:stack"] = "prod",
                ["team"] = "ml-platform",
            },
            tags);
    }

    [Fact]
    public void Alias_ComesFromConfig()
    {
        var settings = SampleSettings.Prod() with { Function = new FunctionSettings { Alias = "blue" } };

        var plan = SampleSettings.Plan(settings);

        Assert.Equal(("inference-alias", "blue"), (plan.Alias.LogicalName, plan.Alias.Name));
        Assert.Equal("function:fn-1:blue", plan.ScalableTarget!.ResourceId("fn-1"));
        Assert.All(plan.Alarms, alarm => Assert.Equal("fn-1:blue", alarm.Dimensions("fn-1")[1].Value));
    }

    [Fact]
    public void SameSettings_GiveTheSamePlan()
    {
        var first = JsonSerializer.Serialize(SampleSettings.Plan(SampleSettings.Prod()));
        var second = JsonSerializer.Serialize(SampleSettings.Plan(SampleSettings.Prod()));

        Assert.Equal(first, second);
        Assert.Contains("weekday-evening", first);
    }

    [Fact]
    public void RoleName_IsTheFunctionNamePlusRole()
    {
        var role = SampleSettings.Plan(SampleSettings.Dev()).Role;

        Assert.Equal("ai-lambda-infra-prod-0a1b2c3d-role", role.Name("ai-lambda-infra-prod-0a1b2c3d"));
    }

    [Fact]
    public void LongRoleName_LosesItsMiddleAndKeepsPrefixAndSuffix()
    {
        var role = SampleSettings.Plan(SampleSettings.Dev()).Role;
        var functionName = new string('p', 55) + "-deadbeef";

        var name = role.Name(functionName);

        Assert.Equal(RolePlan.MaxNameLength, name.Length);
        Assert.Equal(new string('p', 50) + "-deadbeef-role", name);
    }
}
