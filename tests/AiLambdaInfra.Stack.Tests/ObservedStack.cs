using Pulumi;

namespace AiLambdaInfra.Stack.Tests;

/// <summary>A stack that runs a program under an <see cref="OptionsRecorder"/> and keeps the program's outputs.</summary>
internal sealed class ObservedStack : Pulumi.Stack
{
    public ObservedStack(OptionsRecorder recorder, Func<IDictionary<string, object?>> program)
        : base(new StackOptions { ResourceTransformations = { recorder.Record } })
    {
        ProgramOutputs = program();
    }

    public IDictionary<string, object?> ProgramOutputs { get; }
}
