using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiLambdaInfra.Handler.Bench;

/// <summary><c>payload IMAGE…</c>: writes a request JSON that carries the given image files, base64-encoded.</summary>
public static class PayloadCommand
{
    public static Command Create()
    {
        var images = new Argument<string[]>("images") { Description = "Image files (PNG, JPEG or BMP), one text line each.", Arity = ArgumentArity.OneOrMore };
        var requestId = new Option<string?>("--request-id") { Description = "Value of the request's requestId. Defaults to none." };
        var command = new Command("payload", "Print a request JSON holding the given images.") { images, requestId };
        command.SetAction(parsed =>
        {
            var files = parsed.GetValue(images)!;
            var missing = files.Where(file => !File.Exists(file)).ToList();
            if (missing.Count > 0)
            {
                missing.ForEach(file => Console.Error.WriteLine($"error: image file '{file}' does not exist."));
                return 2;
            }

            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                if (parsed.GetValue(requestId) is { } id)
                {
                    writer.WriteString("requestId", id);
                }

                writer.WriteStartArray("images");
                foreach (var file in files)
                {
                    writer.WriteStringValue(Convert.ToBase64String(File.ReadAllBytes(file)));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
            return 0;
        });
        return command;
    }
}
