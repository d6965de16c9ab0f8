namespace AiLambdaInfra.Handler.Payload;

/// <summary>
/// The limits a request must keep, in one place. Lambda itself refuses synchronous payloads over 6 MB
/// (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html); these are tighter so that one
/// request's latency stays bounded and a bad input gets an error naming its field instead of a platform error.
/// </summary>
public static class PayloadLimits
{
    /// <summary>Largest request body accepted: 1 MiB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Most text-line images in one request.</summary>
    public const int MaxImages = 16;

    /// <summary>Largest single image after base64 decoding: 256 KiB.</summary>
    public const int MaxImageBytes = 256 * 1024;

    /// <summary>Widest image accepted, in pixels.</summary>
    public const int MaxImageWidth = 2048;

    /// <summary>Tallest image accepted, in pixels: an image holds one line of text.</summary>
    public const int MaxImageHeight = 256;

    /// <summary>
    /// Widest width-to-height ratio accepted. The network sees the line scaled to 48 pixels high, so 40
    /// bounds its input at 1920 pixels wide, which bounds the latency of one line.
    /// </summary>
    public const double MaxAspectRatio = 40;

    /// <summary>Longest <c>requestId</c>, in characters.</summary>
    public const int MaxRequestIdLength = 128;
}
