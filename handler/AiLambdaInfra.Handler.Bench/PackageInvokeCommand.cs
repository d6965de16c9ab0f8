using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>
/// <c>package-invoke --package ZIP --payload FILE</c>: checks a published zip end to end on this machine. It unpacks
/// the zip, loads the assembly named by the handler string through the package's deps.json (so the bundled native
/// onnxruntime library must resolve from the package itself), constructs the class once and invokes Handle.
/// Only a package built for this machine's architecture can run here.
/// </summary>
public static class PackageInvokeCommand
{
    /// <summary>The handler string the stack configures (see the Scaling library's Defaults.Handler).</summary>
    public const string DefaultHandler = "AiLambdaInfra.Handler::AiLambdaInfra.Handler.InferenceFunction::Handle";

    public static Command Create()
    {
        var package = new Option<string>("--package") { Description = "Published function zip.", Required = true };
        var payload = new Option<string>("--payload") { Description = "Request JSON file. Defaults to handler/samples/request.json.", DefaultValueFactory = _ => "handler/samples/request.json" };
        var handler = new Option<string>("--handler") { Description = $"Handler string Assembly::Type::Method. Defaults to {DefaultHandler}.", DefaultValueFactory = _ => DefaultHandler };
        var command = new Command("package-invoke", "Unpack a published zip and invoke its handler once, as the managed runtime would.") { package, payload, handler };
        command.SetAction(parsed =>
        {
            var zip = parsed.GetValue(package)!;
            if (!File.Exists(zip))
            {
                Console.Error.WriteLine($"error: package '{zip}' does not exist; build it with `bash handler/publish.sh`.");
                return 2;
            }

            var parts = parsed.GetValue(handler)!.Split("::");
            if (parts.Length != 3)
            {
                Console.Error.WriteLine($"error: --handler must look like Assembly::Namespace.Type::Method, got '{parsed.GetValue(handler)}'.");
                return 2;
            }

            var bytes = PayloadFile.Read(parsed.GetValue(payload)!, Console.Error);
            return bytes is null ? 2 : Run(zip, parts[0], parts[1], parts[2], bytes);
        });
        return command;
    }

    private static int Run(string zip, string assemblyName, string typeName, string methodName, byte[] payload)
    {
        var folder = Directory.CreateTempSubdirectory("function-package-");
        try
        {
            ZipFile.ExtractToDirectory(zip, folder.FullName);
            var assemblyPath = Path.Combine(folder.FullName, assemblyName + ".dll");
            var context = new PackageLoadContext(assemblyPath);
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            var type = assembly.GetType(typeName, throwOnError: true)!;
            var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)])
                ?? throw new MissingMethodException(typeName, methodName + "(Stream)");

            var clock = Stopwatch.StartNew();
            var instance = Activator.CreateInstance(type);
            var init = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            using var response = (Stream)method.Invoke(instance, [new MemoryStream(payload, writable: false)])!;
            var invoke = clock.Elapsed.TotalMilliseconds;

            var text = new StreamReader(response).ReadToEnd();
            Console.WriteLine(text);
            Console.Error.WriteLine(FormattableString.Invariant($"package {Path.GetFileName(zip)}: init {init:0.0} ms, invocation {invoke:0.0} ms"));
            return text.Contains("\"statusCode\":200", StringComparison.Ordinal) ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
