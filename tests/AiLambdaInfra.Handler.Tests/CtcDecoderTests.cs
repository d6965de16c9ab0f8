using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Tests;

public sealed class CtcDecoderTests
{
    // classes: 0 blank, 1 "a", 2 "b", 3 space
    private static readonly CharacterDictionary Dictionary = CharacterDictionary.FromLines(["a", "b"]);

    private static float[] Steps(params int[] best)
    {
        var probabilities = new float[best.Length * Dictionary.Count];
        for (var step = 0; step < best.Length; step++)
        {
            for (var k = 0; k < Dictionary.Count; k++)
            {
                probabilities[step * Dictionary.Count + k] = k == best[step] ? 0.8f : 0.2f / (Dictionary.Count - 1);
            }
        }

        return probabilities;
    }

    [Fact]
    public void RepeatedClasses_MergeIntoOneCharacter()
    {
        var line = CtcDecoder.Decode(Steps(1, 1, 1, 2, 2), 5, Dictionary.Count, Dictionary);

        Assert.Equal("ab", line.Text);
    }

    [Fact]
    public void BlankBetweenRepeats_KeepsBothCharacters()
    {
        var line = CtcDecoder.Decode(Steps(1, 0, 1, 3, 2), 5, Dictionary.Count, Dictionary);

        Assert.Equal("aa b", line.Text);
    }

    [Fact]
    public void AllBlank_GivesEmptyTextWithFullConfidence()
    {
        var line = CtcDecoder.Decode(Steps(0, 0, 0), 3, Dictionary.Count, Dictionary);

        Assert.Equal(new RecognizedLine("", 1.0), line);
    }

    [Fact]
    public void Confidence_IsTheMeanProbabilityOfTheKeptCharacters()
    {
        var probabilities = Steps(1, 2);
        probabilities[1 * Dictionary.Count + 2] = 0.6f;

        var line = CtcDecoder.Decode(probabilities, 2, Dictionary.Count, Dictionary);

        Assert.Equal(0.7, line.Confidence, 6);
    }

    [Fact]
    public void EqualProbabilities_GoToTheFirstClass()
    {
        float[] probabilities = [0.1f, 0.4f, 0.4f, 0.1f, 0.1f, 0.1f, 0.4f, 0.4f];

        var line = CtcDecoder.Decode(probabilities, 2, Dictionary.Count, Dictionary);

        Assert.Equal("ab", line.Text);
    }

    [Fact]
    public void ShapeThatDoesNotMatchTheData_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => CtcDecoder.Decode(Steps(1, 2), 3, Dictionary.Count, Dictionary));

        Assert.StartsWith("expected 3x4 probabilities, got 8.", error.Message);
    }
}
