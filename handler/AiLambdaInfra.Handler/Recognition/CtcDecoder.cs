using System.Numerics.Tensors;
using System.Text;

namespace AiLambdaInfra.Handler.Recognition;

/// <summary>
/// Greedy CTC decoding of the network's output: the most probable class at each time step, repeats merged,
/// blanks (class 0) dropped. The confidence is the mean probability of the characters kept.
/// </summary>
public static class CtcDecoder
{
    public const int Blank = 0;

    /// <summary>Decodes a row-major [<paramref name="steps"/>, <paramref name="classes"/>] softmax output with <paramref name="dictionary"/>.</summary>
    public static RecognizedLine Decode(ReadOnlySpan<float> probabilities, int steps, int classes, CharacterDictionary dictionary)
    {
        if (probabilities.Length != steps * classes)
        {
            throw new ArgumentException($"expected {steps}x{classes} probabilities, got {probabilities.Length}.", nameof(probabilities));
        }

        var text = new StringBuilder();
        var sum = 0.0;
        var kept = 0;
        var previous = Blank;
        for (var step = 0; step < steps; step++)
        {
            var row = probabilities.Slice(step * classes, classes);

            // Vectorised arg-max over the 6,625 classes, the first of equal maxima as a plain scan would pick.
            var best = TensorPrimitives.IndexOfMax(row);

            if (best != Blank && best != previous)
            {
                text.Append(dictionary[best]);
                sum += row[best];
                kept++;
            }

            previous = best;
        }

        return new RecognizedLine(text.ToString(), kept == 0 ? 1.0 : sum / kept);
    }
}
