using System.Globalization;
using System.Text.Json;
using AiLambdaInfra.Handler.Contract;
using AiLambdaInfra.Handler.Recognition;

namespace AiLambdaInfra.Handler.Payload;

/// <summary>
/// Reads a request body into a <see cref="RecognitionRequest"/>, or into an error response that names every
/// offending field at once. Pure: the same bytes always give the same result, and nothing here throws for bad input.
/// </summary>
public static class RequestParser
{
    public const string RequestIdField = "requestId";
    public const string ImagesField = "images";
    public const string BodyField = "body";

    private const string Example = "{\"images\": [\"<base64 PNG>\"]}";

    public static ParseResult Parse(ReadOnlyMemory<byte> body)
    {
        if (body.Length > PayloadLimits.MaxBodyBytes)
        {
            return BodyTooLarge(body.Length);
        }

        if (IsBlank(body.Span))
        {
            return ParseResult.Invalid(ErrorResponse.BadRequest, BodyField, $"the request body is empty; send a JSON object such as {Example}.", RejectionReason.BodyEmpty);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return ParseResult.Invalid(ErrorResponse.BadRequest, BodyField, $"the request body is not valid JSON: {ex.Message}", RejectionReason.BodyNotJson);
        }

        using (document)
        {
            return ParseObject(document.RootElement);
        }
    }

    /// <summary>The error for a body of <paramref name="length"/> bytes, over <see cref="PayloadLimits.MaxBodyBytes"/>.</summary>
    public static ParseResult BodyTooLarge(long length) =>
        ParseResult.Invalid(ErrorResponse.PayloadTooLarge, BodyField,
            $"the request body is {Bytes(length)}; the limit is {Bytes(PayloadLimits.MaxBodyBytes)} (1 MiB). Send fewer or smaller images per request.", RejectionReason.BodyTooLarge);

    private static ParseResult ParseObject(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParseResult.Invalid(ErrorResponse.BadRequest, BodyField, $"the request body must be a JSON object such as {Example}, got {Describe(root)}.", RejectionReason.BodyNotObject);
        }

        var errors = new List<FieldError>();
        string? requestId = null;
        List<LineImage>? images = null;
        var sawImages = false;

        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case RequestIdField:
                    requestId = ReadRequestId(property.Value, errors);
                    break;
                case ImagesField:
                    sawImages = true;
                    images = ReadImages(property.Value, errors);
                    break;
                default:
                    errors.Add(new FieldError(property.Name,
                        $"`{property.Name}` is not a field of the request; the fields are `{RequestIdField}` (optional) and `{ImagesField}` (names are case-sensitive).", RejectionReason.UnknownField));
                    break;
            }
        }

        if (!sawImages)
        {
            errors.Add(new FieldError(ImagesField,
                $"`{ImagesField}` is required: an array of 1 to {PayloadLimits.MaxImages} base64-encoded {ImageDecoder.SupportedFormats} images, one line of text each.", RejectionReason.ImagesMissing));
        }

        return errors.Count > 0 || images is null
            ? ParseResult.Invalid(ErrorResponse.BadRequest, errors)
            : ParseResult.Valid(new RecognitionRequest(requestId, images));
    }

    private static string? ReadRequestId(JsonElement value, List<FieldError> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var id = value.GetString()!;
                if (id.Length > PayloadLimits.MaxRequestIdLength)
                {
                    errors.Add(new FieldError(RequestIdField,
                        $"`{RequestIdField}` is {id.Length} characters long; the limit is {PayloadLimits.MaxRequestIdLength}.", RejectionReason.RequestIdInvalid));
                    return null;
                }

                return id;
            default:
                errors.Add(new FieldError(RequestIdField, $"`{RequestIdField}` must be a string, got {Describe(value)}.", RejectionReason.RequestIdInvalid));
                return null;
        }
    }

    private static List<LineImage>? ReadImages(JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError(ImagesField, $"`{ImagesField}` must be an array of base64-encoded image strings, got {Describe(value)}.", RejectionReason.ImagesNotArray));
            return null;
        }

        var count = value.GetArrayLength();
        if (count is 0 or > PayloadLimits.MaxImages)
        {
            errors.Add(new FieldError(ImagesField, $"`{ImagesField}` must hold between 1 and {PayloadLimits.MaxImages} images, got {count}.", RejectionReason.ImageCount));
            return null;
        }

        var images = new List<LineImage>(count);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var image = ReadImage(item, $"{ImagesField}[{index}]", errors);
            if (image is not null)
            {
                images.Add(image);
            }

            index++;
        }

        return images.Count == count ? images : null;
    }

    private static LineImage? ReadImage(JsonElement item, string field, List<FieldError> errors)
    {
        if (item.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(field, $"`{field}` must be a base64-encoded image string, got {Describe(item)}.", RejectionReason.ImageNotBase64));
            return null;
        }

        var text = StripDataUrlPrefix(item.GetString()!);
        if (text.Length == 0)
        {
            errors.Add(new FieldError(field, $"`{field}` is an empty string; send a base64-encoded {ImageDecoder.SupportedFormats} image.", RejectionReason.ImageNotBase64));
            return null;
        }

        var buffer = new byte[(text.Length + 3) / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var length))
        {
            errors.Add(new FieldError(field, $"`{field}` is not valid base64; encode the image file's bytes with standard base64 (RFC 4648).", RejectionReason.ImageNotBase64));
            return null;
        }

        if (length > PayloadLimits.MaxImageBytes)
        {
            errors.Add(new FieldError(field,
                $"`{field}` is {Bytes(length)} after base64 decoding; the limit is {Bytes(PayloadLimits.MaxImageBytes)} (256 KiB) per image.", RejectionReason.ImageTooLarge));
            return null;
        }

        return ImageDecoder.Decode(buffer.AsSpan(0, length).ToArray(), field, errors);
    }

    /// <summary>Accepts <c>data:image/png;base64,…</c> as well as bare base64, since browsers produce the former.</summary>
    private static string StripDataUrlPrefix(string text)
    {
        const string marker = ";base64,";
        if (!text.StartsWith("data:", StringComparison.Ordinal))
        {
            return text;
        }

        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? text : text[(at + marker.Length)..];
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
