using System.Globalization;
using AiLambdaInfra.Handler.Contract;
using AiLambdaInfra.Handler.Recognition;
using StbImageSharp;

namespace AiLambdaInfra.Handler.Payload;

/// <summary>
/// Turns the bytes of one request image into a <see cref="LineImage"/>, checking its size from the header
/// before decoding so that a small file that claims huge dimensions is refused without allocating them.
/// </summary>
public static class ImageDecoder
{
    public const string SupportedFormats = "PNG, JPEG or BMP";

    /// <summary>Decodes <paramref name="bytes"/>; on failure adds one error for <paramref name="field"/> and returns null.</summary>
    public static LineImage? Decode(byte[] bytes, string field, ICollection<FieldError> errors)
    {
        ImageInfo? header;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            header = ImageInfo.FromStream(stream);
        }
        catch (Exception)
        {
            // stb_image reports malformed input with plain exceptions of several types; any of them means "not an image".
            header = null;
        }

        if (header is not { } info || info.Width <= 0 || info.Height <= 0)
        {
            errors.Add(new FieldError(field, $"`{field}` is not an image this function can read; send a {SupportedFormats} file, base64-encoded.", RejectionReason.ImageUnreadable));
            return null;
        }

        if (info.Width > PayloadLimits.MaxImageWidth || info.Height > PayloadLimits.MaxImageHeight)
        {
            errors.Add(new FieldError(field,
                $"`{field}` is {info.Width}x{info.Height} pixels; an image may be at most {PayloadLimits.MaxImageWidth}x{PayloadLimits.MaxImageHeight} pixels. Crop it to one line of text.", RejectionReason.ImageDimensions));
            return null;
        }

        var ratio = (double)info.Width / info.Height;
        if (ratio > PayloadLimits.MaxAspectRatio)
        {
            errors.Add(new FieldError(field,
                $"`{field}` is {info.Width}x{info.Height} pixels, {ratio.ToString("0.0", CultureInfo.InvariantCulture)} times as wide as it is high; the limit is {PayloadLimits.MaxAspectRatio.ToString(CultureInfo.InvariantCulture)}. Split the line into shorter pieces.", RejectionReason.ImageDimensions));
            return null;
        }

        ImageResult decoded;
        try
        {
            decoded = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlueAlpha);
        }
        catch (Exception ex)
        {
            errors.Add(new FieldError(field, $"`{field}` could not be decoded as a {SupportedFormats} image: {ex.Message}", RejectionReason.ImageUnreadable));
            return null;
        }

        return new LineImage(decoded.Width, decoded.Height, FlattenOnWhite(decoded.Data));
    }

    /// <summary>Composites RGBA over white: a transparent background reads as paper, not as black ink.</summary>
    private static byte[] FlattenOnWhite(byte[] rgba)
    {
        var rgb = new byte[rgba.Length / 4 * 3];
        for (int source = 0, target = 0; source < rgba.Length; source += 4, target += 3)
        {
            var alpha = rgba[source + 3];
            for (var channel = 0; channel < 3; channel++)
            {
                rgb[target + channel] = (byte)((rgba[source + channel] * alpha + 255 * (255 - alpha) + 127) / 255);
            }
        }

        return rgb;
    }
}
