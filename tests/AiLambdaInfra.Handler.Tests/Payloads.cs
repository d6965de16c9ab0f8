using System.Text;
using System.Text.Json;
using AiLambdaInfra.Handler;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>Builds request bodies from the shipped sample lines and invokes the function as Lambda would.</summary>
internal static class Payloads
{
    private static readonly Lazy<InferenceFunction> Function = new(() => new InferenceFunction());

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "lines", name);

    public static string SampleBase64(string name) => Convert.ToBase64String(File.ReadAllBytes(SamplePath(name)));

    public static string Request(params string[] base64Images) =>
        JsonSerializer.Serialize(new { images = base64Images });

    public static JsonElement Invoke(string body) => Invoke(Encoding.UTF8.GetBytes(body));

    public static JsonElement Invoke(byte[] body)
    {
        using var response = Function.Value.Handle(new MemoryStream(body, writable: false));
        using var document = JsonDocument.Parse(response);
        return document.RootElement.Clone();
    }

    /// <summary>The single error of an error response, as (status code, field, message).</summary>
    public static (int Status, string Field, string Message) SingleError(JsonElement response)
    {
        var errors = response.GetProperty("errors");
        Assert.Equal(1, errors.GetArrayLength());
        var error = errors[0];
        return (response.GetProperty("statusCode").GetInt32(), error.GetProperty("field").GetString()!, error.GetProperty("message").GetString()!);
    }
}
