using System.Text;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>Every kind of bad payload gets a 4xx JSON answer naming its field, with an exact message.</summary>
public sealed class PayloadErrorTests
{
    [Fact]
    public void BodyThatIsNotJson_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke("images: hello"));

        Assert.Equal((400, "body"), (status, field));
        Assert.Equal("the request body is not valid JSON: 'i' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.", message);
    }

    [Fact]
    public void TruncatedJson_IsRejectedWithItsPosition()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke("{\"images\": [\"abc\""));

        Assert.Equal((400, "body"), (status, field));
        Assert.StartsWith("the request body is not valid JSON: ", message);
        Assert.Contains("LineNumber: 0 | BytePositionInLine: 17.", message);
    }

    [Fact]
    public void EmptyBody_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(" \n"));

        Assert.Equal((400, "body"), (status, field));
        Assert.Equal("the request body is empty; send a JSON object such as {\"images\": [\"<base64 PNG>\"]}.", message);
    }

    [Fact]
    public void BodyThatIsNotAnObject_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke("[\"abc\"]"));

        Assert.Equal((400, "body"), (status, field));
        Assert.Equal("the request body must be a JSON object such as {\"images\": [\"<base64 PNG>\"]}, got an array.", message);
    }

    [Fact]
    public void MissingImages_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke("{\"requestId\": \"a\"}"));

        Assert.Equal((400, "images"), (status, field));
        Assert.Equal("`images` is required: an array of 1 to 16 base64-encoded PNG, JPEG or BMP images, one line of text each.", message);
    }

    [Fact]
    public void ImagesThatIsNotAnArray_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke("{\"images\": \"iVBORw0KGgo=\"}"));

        Assert.Equal((400, "images"), (status, field));
        Assert.Equal("`images` must be an array of base64-encoded image strings, got a string.", message);
    }

    [Fact]
    public void EmptyImages_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke("{\"images\": []}"));

        Assert.Equal((400, "images"), (status, field));
        Assert.Equal("`images` must hold between 1 and 16 images, got 0.", message);
    }

    [Fact]
    public void MoreImagesThanTheLimit_IsRejected()
    {
        var line = Payloads.SampleBase64("hello-world.png");
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(Enumerable.Repeat(line, 17).ToArray())));

        Assert.Equal((400, "images"), (status, field));
        Assert.Equal("`images` must hold between 1 and 16 images, got 17.", message);
    }

    [Fact]
    public void ImageThatIsNotAString_IsRejectedByIndex()
    {
        var body = $$"""{"images": ["{{Payloads.SampleBase64("hello-world.png")}}", 42]}""";
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(body));

        Assert.Equal((400, "images[1]"), (status, field));
        Assert.Equal("`images[1]` must be a base64-encoded image string, got a number.", message);
    }

    [Fact]
    public void ImageThatIsNotBase64_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request("not base64!")));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is not valid base64; encode the image file's bytes with standard base64 (RFC 4648).", message);
    }

    [Fact]
    public void EmptyImageString_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request("")));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is an empty string; send a base64-encoded PNG, JPEG or BMP image.", message);
    }

    [Fact]
    public void Base64ThatIsNotAnImage_IsRejected()
    {
        var text = Convert.ToBase64String(Encoding.UTF8.GetBytes("just some text, not a picture"));
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(text)));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is not an image this function can read; send a PNG, JPEG or BMP file, base64-encoded.", message);
    }

    [Fact]
    public void ImageOverTheByteLimit_IsRejected()
    {
        var big = new byte[300_000];
        PngHeader.Claiming(100, 20).CopyTo(big, 0);
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(Convert.ToBase64String(big))));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is 300,000 bytes after base64 decoding; the limit is 262,144 bytes (256 KiB) per image.", message);
    }

    [Fact]
    public void ImageWiderThanTheLimit_IsRejectedBeforeDecoding()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(Convert.ToBase64String(PngHeader.Claiming(3000, 100)))));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is 3000x100 pixels; an image may be at most 2048x256 pixels. Crop it to one line of text.", message);
    }

    [Fact]
    public void ImageTallerThanTheLimit_IsRejectedBeforeDecoding()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(Convert.ToBase64String(PngHeader.Claiming(640, 480)))));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is 640x480 pixels; an image may be at most 2048x256 pixels. Crop it to one line of text.", message);
    }

    [Fact]
    public void ImageWiderThanTheAspectLimit_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(Convert.ToBase64String(PngHeader.Claiming(2000, 20)))));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.Equal("`images[0]` is 2000x20 pixels, 100.0 times as wide as it is high; the limit is 40. Split the line into shorter pieces.", message);
    }

    [Fact]
    public void ImageWithAHeaderButNoPixels_IsRejected()
    {
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(Payloads.Request(Convert.ToBase64String(PngHeader.Claiming(200, 40)))));

        Assert.Equal((400, "images[0]"), (status, field));
        Assert.StartsWith("`images[0]` could not be decoded as a PNG, JPEG or BMP image: ", message);
    }

    [Fact]
    public void RequestIdThatIsNotAString_IsRejected()
    {
        var body = $$"""{"requestId": 7, "images": ["{{Payloads.SampleBase64("hello-world.png")}}"]}""";
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(body));

        Assert.Equal((400, "requestId"), (status, field));
        Assert.Equal("`requestId` must be a string, got a number.", message);
    }

    [Fact]
    public void RequestIdOverTheLengthLimit_IsRejected()
    {
        var body = $$"""{"requestId": "{{new string('r', 129)}}", "images": ["{{Payloads.SampleBase64("hello-world.png")}}"]}""";
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(body));

        Assert.Equal((400, "requestId"), (status, field));
        Assert.Equal("`requestId` is 129 characters long; the limit is 128.", message);
    }

    [Fact]
    public void UnknownField_IsRejectedByName()
    {
        var body = $$"""{"image": "{{Payloads.SampleBase64("hello-world.png")}}", "images": ["{{Payloads.SampleBase64("hello-world.png")}}"]}""";
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(body));

        Assert.Equal((400, "image"), (status, field));
        Assert.Equal("`image` is not a field of the request; the fields are `requestId` (optional) and `images` (names are case-sensitive).", message);
    }

    [Fact]
    public void BodyOverTheSizeLimit_IsRejectedAsTooLarge()
    {
        var body = Payloads.Request(new string('A', 1_100_000));
        var (status, field, message) = Payloads.SingleError(Payloads.Invoke(body));

        Assert.Equal((413, "body"), (status, field));
        Assert.Equal("the request body is 1,100,015 bytes; the limit is 1,048,576 bytes (1 MiB). Send fewer or smaller images per request.", message);
    }

    [Fact]
    public void SeveralProblems_AreAllReportedAtOnce()
    {
        var response = Payloads.Invoke("""{"requestId": false, "images": [1, "%%%", ""], "extra": null}""");

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Equal(
            ["requestId", "images[0]", "images[1]", "images[2]", "extra"],
            response.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()));
    }
}
