using AiLambdaInfra.Scaling.Deployment;
using AiLambdaInfra.Scaling.Settings;
using Pulumi;
using Pulumi.Aws.Lambda;
using Pulumi.Aws.Lambda.Inputs;
using Iam = Pulumi.Aws.Iam;

namespace AiLambdaInfra.Components;

/// <summary>The function's inputs, from its settings: a zip or an image package, published so the alias has a version.</summary>
internal static class FunctionArguments
{
    public static FunctionArgs For(FunctionSettings function, Output<string> physicalName, Iam.Role role, InputMap<string> tags)
    {
        var arguments = new FunctionArgs
        {
            Name = physicalName,
            Role = role.Arn,
            Description = function.Description,
            PackageType = FunctionInputs.PackageType(function),
            MemorySize = function.MemoryMb,
            Timeout = function.TimeoutSeconds,
            EphemeralStorage = new FunctionEphemeralStorageArgs { Size = function.EphemeralStorageMb },
            Architectures = ResourceInputs.List([function.Architecture]),
            // Provisioned concurrency needs a published version behind the alias.
            Publish = true,
            Tags = tags,
        };

        if (function.IsImage)
        {
            arguments.ImageUri = function.ImageUri!;
        }
        else
        {
            arguments.Code = new FileArchive(function.EffectiveCodePath);
            arguments.Runtime = function.Runtime;
            arguments.Handler = function.Handler;
        }

        if (function.Environment.Count > 0)
        {
            arguments.Environment = new FunctionEnvironmentArgs { Variables = ResourceInputs.Map(FunctionInputs.EnvironmentVariables(function)) };
        }

        if (function.ReservedConcurrency is { } reserved)
        {
            arguments.ReservedConcurrentExecutions = reserved;
        }

        if (function.SnapStart)
        {
            arguments.SnapStart = new FunctionSnapStartArgs { ApplyOn = FunctionInputs.SnapStartOnPublishedVersions };
        }

        return arguments;
    }
}
