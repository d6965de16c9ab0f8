namespace AiLambdaInfra.Handler.Contract;

/// <summary>
/// Why a request was refused, one name per kind of check the request failed. The names are the <c>Reason</c>
/// dimension of the <c>RejectedPayloads</c> metric, so alarms and dashboards depend on them: rename none.
/// </summary>
public enum RejectionReason
{
    /// <summary>The body is over <see cref="Payload.PayloadLimits.MaxBodyBytes"/> (answered 413).</summary>
    BodyTooLarge,

    /// <summary>The body is empty or only whitespace.</summary>
    BodyEmpty,

    /// <summary>The body is not valid JSON.</summary>
    BodyNotJson,

    /// <summary>The body is JSON but not an object.</summary>
    BodyNotObject,

    /// <summary>The request has a field other than <c>requestId</c> and <c>images</c>.</summary>
    UnknownField,

    /// <summary><c>requestId</c> is not a string, or is too long.</summary>
    RequestIdInvalid,

    /// <summary><c>images</c> is absent.</summary>
    ImagesMissing,

    /// <summary><c>images</c> is not an array.</summary>
    ImagesNotArray,

    /// <summary><c>images</c> holds no image, or more than <see cref="Payload.PayloadLimits.MaxImages"/>.</summary>
    ImageCount,

    /// <summary>An image is not a string, is empty, or is not valid base64.</summary>
    ImageNotBase64,

    /// <summary>An image is over <see cref="Payload.PayloadLimits.MaxImageBytes"/> once decoded from base64.</summary>
    ImageTooLarge,

    /// <summary>An image is not a PNG, JPEG or BMP file that can be decoded.</summary>
    ImageUnreadable,

    /// <summary>An image is over the pixel limits, or wider than <see cref="Payload.PayloadLimits.MaxAspectRatio"/> times its height.</summary>
    ImageDimensions,
}
