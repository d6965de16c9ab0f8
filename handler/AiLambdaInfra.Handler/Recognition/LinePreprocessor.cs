namespace AiLambdaInfra.Handler.Recognition;

/// <summary>
/// Prepares a line image the way PP-OCR's recognizer was trained to see it: scaled (bilinear, aspect kept) to
/// 48 pixels high, channels in B, G, R order, values mapped from 0–255 to -1–1, and padded on the right with
/// zeros to at least 320 pixels wide (PaddleOCR's <c>rec_image_shape</c> of 3,48,320).
/// </summary>
public static class LinePreprocessor
{
    public const int Height = 48;
    public const int MinWidth = 320;

    public static LineTensor Prepare(LineImage image)
    {
        var scaledWidth = Math.Max(1, (int)Math.Ceiling(Height * (double)image.Width / image.Height));
        var width = Math.Max(MinWidth, scaledWidth);
        var plane = Height * width;
        var values = new float[3 * plane];

        // Each output column samples the same two source columns in every row: work them out once per line.
        var scaleX = (double)image.Width / scaledWidth;
        var columns = new (int Left, int Right, double Weight)[scaledWidth];
        for (var x = 0; x < scaledWidth; x++)
        {
            var (left, right, dx) = Sample(x, scaleX, image.Width);
            columns[x] = (left * 3, right * 3, dx);
        }

        var rgb = image.Rgb;
        var stride = image.Width * 3;
        var scaleY = (double)image.Height / Height;
        for (var y = 0; y < Height; y++)
        {
            var (top, bottom, dy) = Sample(y, scaleY, image.Height);
            var topRow = top * stride;
            var bottomRow = bottom * stride;
            var row = y * width;
            for (var x = 0; x < scaledWidth; x++)
            {
                var (left, right, dx) = columns[x];
                for (var channel = 0; channel < 3; channel++)
                {
                    var value =
                        (1 - dy) * ((1 - dx) * rgb[topRow + left + channel] + dx * rgb[topRow + right + channel]) +
                        dy * ((1 - dx) * rgb[bottomRow + left + channel] + dx * rgb[bottomRow + right + channel]);
                    // B, G, R planes: index 2 - channel puts red last.
                    values[(2 - channel) * plane + row + x] = (float)(value / 127.5 - 1.0);
                }
            }
        }

        return new LineTensor(values, width);
    }

    /// <summary>Source coordinates for output pixel <paramref name="at"/>, with pixel centres aligned (as OpenCV's INTER_LINEAR).</summary>
    private static (int Low, int High, double Weight) Sample(int at, double scale, int size)
    {
        var source = Math.Clamp((at + 0.5) * scale - 0.5, 0, size - 1);
        var low = (int)Math.Floor(source);
        var high = Math.Min(low + 1, size - 1);
        return (low, high, source - low);
    }
}
