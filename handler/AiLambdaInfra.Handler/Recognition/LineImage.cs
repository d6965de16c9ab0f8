namespace AiLambdaInfra.Handler.Recognition;

/// <summary>A decoded image of one text line: <paramref name="Rgb"/> holds 3 bytes (red, green, blue) per pixel, row by row.</summary>
public sealed record LineImage(int Width, int Height, byte[] Rgb)
{
    /// <summary>A uniform image of the given size and grey level.</summary>
    public static LineImage Blank(int width, int height, byte level)
    {
        var rgb = new byte[width * height * 3];
        Array.Fill(rgb, level);
        return new LineImage(width, height, rgb);
    }
}
