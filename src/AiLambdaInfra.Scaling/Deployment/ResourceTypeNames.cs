namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>The type token of the stack's component resource.</summary>
public static class ResourceTypeNames
{
    /// <summary><c>&lt;package&gt;:&lt;module&gt;:&lt;type&gt;</c> as Pulumi expects for component resources.</summary>
    public const string PredictiveLambda = "ai-lambda-infra:index:PredictiveLambda";
}
