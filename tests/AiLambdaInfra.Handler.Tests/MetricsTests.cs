using System.Text;
using System.Text.Json;
using AiLambdaInfra.Handler.Contract;
using AiLambdaInfra.Handler.Metrics;
using AiLambdaInfra.Handler.Payload;
using FsCheck.Xunit;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>
/// Every invocation logs one CloudWatch embedded metric format line: accepted requests their model latency and line
/// count, refused ones their reason. The stack's alarms and dashboard are built on exactly these names.
/// </summary>
public sealed class MetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 30, 0, 125, TimeSpan.Zero);

    private static readonly string[][] TotalOnly = [["FunctionName"]];
    private static readonly string[][] TotalAndByReason = [["FunctionName"], ["FunctionName", "Reason"]];

    /// <summary>A payload for each <see cref="RejectionReason"/>, with the status code it is answered with.</summary>
    public static TheoryData<string, byte[], int> RejectedPayloads()
    {
        var line = Payloads.SampleBase64("hello-world.png");
        var big = new byte[300_000];
        PngHeader.Claiming(100, 20).CopyTo(big, 0);
        var tooLarge = new byte[PayloadLimits.MaxBodyBytes + 1];
        Array.Fill(tooLarge, (byte)' ');
        return new TheoryData<string, byte[], int>
        {
            { "BodyTooLarge", tooLarge, 413 },
            { "BodyEmpty", Utf8(" \n"), 400 },
            { "BodyNotJson", Utf8("images: hello"), 400 },
            { "BodyNotObject", Utf8("[\"abc\"]"), 400 },
            { "UnknownField", Utf8($$"""{"image": "x", "images": ["{{line}}"]}"""), 400 },
            { "RequestIdInvalid", Utf8($$"""{"requestId": 7, "images": ["{{line}}"]}"""), 400 },
            { "ImagesMissing", Utf8("""{"requestId": "a"}"""), 400 },
            { "ImagesNotArray", Utf8("""{"images": "iVBORw0KGgo="}"""), 400 },
            { "ImageCount", Utf8("""{"images": []}"""), 400 },
            { "ImageNotBase64", Utf8("""{"images": ["not base64!"]}"""), 400 },
            { "ImageTooLarge", Utf8(Payloads.Request(Convert.ToBase64String(big))), 400 },
            { "ImageUnreadable", Utf8("""{"images": ["iVBORw0KGgo="]}"""), 400 },
            { "ImageDimensions", Utf8(Payloads.Request(Convert.ToBase64String(PngHeader.Claiming(3000, 100)))), 400 },
        };
    }

    [Fact]
    public void AcceptedRequest_LogsModelLatencyAndLinesPerRequest()
    {
        var (function, captured) = Function();

        var response = Invoke(function, Utf8(Payloads.Request(Payloads.SampleBase64("hello-world.png"), Payloads.SampleBase64("lambda.png"))));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        var emf = EmfDocument.Parse(Assert.Single(captured.Lines), Now, TotalOnly,
            [("RejectedPayloads", "Count"), ("ModelLatency", "Milliseconds"), ("LinesPerRequest", "Count")]);
        Assert.Equal("ocr-test", emf.GetProperty("FunctionName").GetString());
        Assert.Equal(0, emf.GetProperty("RejectedPayloads").GetInt32());
        Assert.Equal(2, emf.GetProperty("LinesPerRequest").GetInt32());
        Assert.True(emf.GetProperty("ModelLatency").GetDouble() > 0, "a request that ran the model spent time in it");
        Assert.False(emf.TryGetProperty("Reason", out _));
    }

    [Theory]
    [MemberData(nameof(RejectedPayloads))]
    public void RejectedPayload_LogsOneRejectionWithItsReason(string reason, byte[] body, int status)
    {
        var (function, captured) = Function();

        var response = Invoke(function, body);

        Assert.Equal(status, response.GetProperty("statusCode").GetInt32());
        var emf = EmfDocument.Parse(Assert.Single(captured.Lines), Now, TotalAndByReason, [("RejectedPayloads", "Count")]);
        Assert.Equal("ocr-test", emf.GetProperty("FunctionName").GetString());
        Assert.Equal(reason, emf.GetProperty("Reason").GetString());
        Assert.Equal(1, emf.GetProperty("RejectedPayloads").GetInt32());
        Assert.False(emf.TryGetProperty("ModelLatency", out _));
        Assert.False(emf.TryGetProperty("LinesPerRequest", out _));
    }

    [Fact]
    public void EveryRejectionReason_HasAPayloadThatProducesIt()
    {
        Assert.Equal(
            Enum.GetNames<RejectionReason>().Order(),
            RejectedPayloads().Select(row => (string)row[0]).Order());
    }

    [Fact]
    public void RequestWithSeveralErrors_IsCountedOnceUnderItsFirstError()
    {
        var (function, captured) = Function();

        var response = Invoke(function, Utf8("""{"requestId": 7, "images": []}"""));

        Assert.Equal(2, response.GetProperty("errors").GetArrayLength());
        var emf = EmfDocument.Parse(Assert.Single(captured.Lines), Now, TotalAndByReason, [("RejectedPayloads", "Count")]);
        Assert.Equal("RequestIdInvalid", emf.GetProperty("Reason").GetString());
    }

    [Property(MaxTest = 100)]
    public void AnyBody_LogsExactlyOneLine_CountingARejectionUnlessAnswered(byte[] body)
    {
        var (function, captured) = Function();

        var status = Invoke(function, body).GetProperty("statusCode").GetInt32();

        using var emf = JsonDocument.Parse(Assert.Single(captured.Lines));
        Assert.Equal(status == 200 ? 0 : 1, emf.RootElement.GetProperty("RejectedPayloads").GetInt32());
    }

    [Fact]
    public void Construction_LogsNoMetric()
    {
        var (_, captured) = Function();

        Assert.Empty(captured.Lines);
    }

    [Fact]
    public void BrokenMetricsOutput_DoesNotFailTheRequest()
    {
        var function = new InferenceFunction(new InvocationMetrics("ocr-test", new FixedClock(Now), new FailingSink()));

        var response = Invoke(function, Utf8(Payloads.Request(Payloads.SampleBase64("hello-world.png"))));

        Assert.Equal("Hello World", response.GetProperty("lines")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("ocr-prod", "ocr-prod")]
    [InlineData(null, "local")]
    [InlineData("", "local")]
    public void FunctionNameDimension_IsLambdasFunctionName_OrLocalOutsideLambda(string? variable, string expected)
    {
        Assert.Equal(expected, InvocationMetrics.FunctionNameFrom(variable));
    }

    private static (InferenceFunction Function, CapturedLines Captured) Function()
    {
        var captured = new CapturedLines();
        return (new InferenceFunction(new InvocationMetrics("ocr-test", new FixedClock(Now), captured)), captured);
    }

    private static JsonElement Invoke(InferenceFunction function, byte[] body)
    {
        using var response = function.Handle(new MemoryStream(body, writable: false));
        using var document = JsonDocument.Parse(response);
        return document.RootElement.Clone();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
