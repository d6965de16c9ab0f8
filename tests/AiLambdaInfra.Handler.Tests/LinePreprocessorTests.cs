using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Tests;

public sealed class LinePreprocessorTests
{
    [Fact]
    public void ShortLine_IsScaledTo48HighAndPaddedTo320Wide()
    {
        var tensor = LinePreprocessor.Prepare(LineImage.Blank(96, 24, 255));

        Assert.Equal([1L, 3, 48, 320], tensor.Shape);
        var plane = 48 * 320;
        Assert.Equal(1f, tensor.Values[191]);   // last scaled column: white
        Assert.Equal(0f, tensor.Values[192]);   // first padding column
        Assert.Equal(0f, tensor.Values[plane - 1]);
    }

    [Fact]
    public void LongLine_KeepsItsAspectRatio()
    {
        var tensor = LinePreprocessor.Prepare(LineImage.Blank(1000, 50, 0));

        Assert.Equal(960, tensor.Width);
        Assert.All(tensor.Values, value => Assert.Equal(-1f, value));
    }

    [Fact]
    public void Channels_AreInBlueGreenRedOrder()
    {
        var red = new LineImage(2, 1, [255, 0, 0, 255, 0, 0]);

        var tensor = LinePreprocessor.Prepare(red);

        var plane = 48 * tensor.Width;
        Assert.Equal(-1f, tensor.Values[0]);         // blue
        Assert.Equal(-1f, tensor.Values[plane]);     // green
        Assert.Equal(1f, tensor.Values[2 * plane]);  // red
    }

    [Fact]
    public void Scaling_InterpolatesBetweenPixelCentres()
    {
        // Black then white, scaled from 2 to 96 columns: the left edge stays black, the right edge white,
        // the middle is grey, and values never decrease from left to right.
        var image = new LineImage(2, 1, [0, 0, 0, 255, 255, 255]);

        var tensor = LinePreprocessor.Prepare(image);

        var row = tensor.Values.AsSpan(0, 96).ToArray();
        Assert.Equal(-1f, row[0]);
        Assert.Equal(1f, row[^1]);
        Assert.InRange(row[48], -0.1f, 0.1f);
        Assert.Equal(row.Order(), row);
    }
}
