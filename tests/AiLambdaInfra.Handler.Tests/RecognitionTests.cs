namespace AiLambdaInfra.Handler.Tests;

/// <summary>The model gives its known output on the shipped sample lines.</summary>
public sealed class RecognitionTests
{
    [Fact]
    public void SampleLines_AreReadAsTheirText_InRequestOrder()
    {
        var response = Payloads.Invoke(Payloads.Request(
            Payloads.SampleBase64("hello-world.png"),
            Payloads.SampleBase64("cold-start.png"),
            Payloads.SampleBase64("invoice.png"),
            Payloads.SampleBase64("lambda.png")));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("PP-OCRv4-rec", response.GetProperty("model").GetString());
        var lines = response.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(
            ["Hello World", "Cold start 1250 ms", "INVOICE 2026-11-28", "Provisioned concurrency"],
            lines.Select(line => line.GetProperty("text").GetString()));
        Assert.All(lines, line => Assert.InRange(line.GetProperty("confidence").GetDouble(), 0.95, 1.0));
    }

    [Theory]
    [InlineData("hello-world.png", "Hello World")]
    [InlineData("cold-start.png", "Cold start 1250 ms")]
    [InlineData("invoice.png", "INVOICE 2026-11-28")]
    [InlineData("lambda.png", "Provisioned concurrency")]
    public void EachSampleLine_IsReadAsItsText(string file, string expected)
    {
        var response = Payloads.Invoke(Payloads.Request(Payloads.SampleBase64(file)));

        Assert.Equal(expected, response.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void JpegLine_IsRead()
    {
        var response = Payloads.Invoke(Payloads.Request(Payloads.SampleBase64("scan-42.jpg")));

        Assert.Equal("Scan 42 of 100", response.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void TransparentBackground_IsReadAsPaper()
    {
        var response = Payloads.Invoke(Payloads.Request(Payloads.SampleBase64("transparent.png")));

        Assert.Equal("Transparent label", response.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void BmpLine_IsReadLikeThePngItCameFrom()
    {
        var png = StbImageSharp.ImageResult.FromMemory(File.ReadAllBytes(Payloads.SamplePath("cold-start.png")), StbImageSharp.ColorComponents.RedGreenBlue);
        var bmp = BmpImage.Encode(png.Width, png.Height, png.Data);

        var response = Payloads.Invoke(Payloads.Request(Convert.ToBase64String(bmp)));

        Assert.Equal("Cold start 1250 ms", response.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void BlankLine_IsReadAsNoText()
    {
        var response = Payloads.Invoke(Payloads.Request(Payloads.SampleBase64("hello-world.png"), BlankPngBase64));

        Assert.Equal("Hello World", response.GetProperty("lines")[0].GetProperty("text").GetString());
        Assert.Equal("", response.GetProperty("lines")[1].GetProperty("text").GetString());
    }

    [Fact]
    public void RequestId_IsEchoedInTheResponse()
    {
        var body = $$"""{"requestId":"trace-42","images":["{{Payloads.SampleBase64("hello-world.png")}}"]}""";

        Assert.Equal("trace-42", Payloads.Invoke(body).GetProperty("requestId").GetString());
    }

    [Fact]
    public void ResponseWithoutRequestId_LeavesTheFieldOut()
    {
        var response = Payloads.Invoke(Payloads.Request(Payloads.SampleBase64("hello-world.png")));

        Assert.False(response.TryGetProperty("requestId", out _));
    }

    [Fact]
    public void DataUrl_IsAcceptedLikeBareBase64()
    {
        var response = Payloads.Invoke(Payloads.Request("data:image/png;base64," + Payloads.SampleBase64("invoice.png")));

        Assert.Equal("INVOICE 2026-11-28", response.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void SamplePayloadFile_IsAValidRequest()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "request.json"));

        var response = Payloads.Invoke(body);

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("sample-1", response.GetProperty("requestId").GetString());
        Assert.Equal(4, response.GetProperty("lines").GetArrayLength());
    }

    /// <summary>A 64x16 white 8-bit greyscale PNG.</summary>
    private const string BlankPngBase64 =
        "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAQCAAAAACDjCb1AAAAFklEQVR42mP4TyFgGDVg1IBRA4aLAQBdePwurSGpXgAAAABJRU5ErkJggg==";
}
