using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>Whatever arrives, the function answers with a JSON error response and never throws.</summary>
public sealed class NeverThrowsProperties
{
    [Property(MaxTest = 200)]
    public void AnyBytes_GetAJsonErrorAnswer(byte[] body)
    {
        var response = Payloads.Invoke(body);

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.NotEmpty(response.GetProperty("errors").EnumerateArray());
    }

    [Property(MaxTest = 200)]
    public void AnyStringsAsImages_GetAnErrorPerBadImage(NonEmptyArray<string> images)
    {
        var items = images.Get.Take(16).Select(image => image ?? "").ToArray();
        var response = Payloads.Invoke(JsonSerializer.Serialize(new { images = items }));

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Equal(
            items.Select((_, index) => $"images[{index}]"),
            response.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("field").GetString()));
    }

    [Property(MaxTest = 25)]
    public void AnyImageWithinTheLimits_IsServed(PositiveInt width, PositiveInt height, int seed)
    {
        var h = 1 + height.Get % 100;
        var w = 1 + width.Get % Math.Min(400, h * 40);
        var pixels = new byte[w * h * 3];
        new Random(seed).NextBytes(pixels);

        var response = Payloads.Invoke(Payloads.Request(Convert.ToBase64String(BmpImage.Encode(w, h, pixels))));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.InRange(response.GetProperty("lines")[0].GetProperty("confidence").GetDouble(), 0, 1);
    }

    [Property(MaxTest = 100)]
    public void CorruptedSampleImage_NeverThrows(PositiveInt seed)
    {
        var bytes = File.ReadAllBytes(Payloads.SamplePath("hello-world.png"));
        var random = new Random(seed.Get);
        for (var i = 0; i < 8; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        var response = Payloads.Invoke(Encoding.UTF8.GetBytes(Payloads.Request(Convert.ToBase64String(bytes))));

        Assert.Contains(response.GetProperty("statusCode").GetInt32(), new[] { 200, 400 });
    }
}
