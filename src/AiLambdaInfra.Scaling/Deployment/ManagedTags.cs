namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Tags the stack adds to the config's own, so a resource in the console tells which stack owns it.</summary>
public static class ManagedTags
{
    public const string Project = "pulumi:project";
    public const string Stack = "pulumi:stack";
}
