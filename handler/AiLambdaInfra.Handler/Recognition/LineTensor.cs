namespace AiLambdaInfra.Handler.Recognition;

/// <summary>The network's input for one line: shape [1, 3, <see cref="LinePreprocessor.Height"/>, <paramref name="Width"/>], channels B, G, R.</summary>
public sealed record LineTensor(float[] Values, int Width)
{
    public long[] Shape => [1, 3, LinePreprocessor.Height, Width];
}
