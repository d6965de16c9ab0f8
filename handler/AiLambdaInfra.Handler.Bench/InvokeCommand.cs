using System.CommandLine;
using System.Diagnostics;
using AiLambdaInfra.Handler.Metrics;

namespace AiLambdaInfra.Handler.Bench;

/// <summary>
/// <c>invoke --payload FILE</c>: one invocation, exactly as Lambda would make it (construct the function, then
/// call Handle with the payload bytes). The response goes to standard output; its metric line and the timings go to standard error.
/// </summary>
public static class InvokeCommand
{
    public static Command Create()
    {
        var payload = new Option<string>("--payload") { Description = "Request JSON file, or - for standard input.", Required = true };
        var command = new Command("invoke", "Invoke the handler once with a payload and print its response.") { payload };
        command.SetAction(parsed =>
        {
            var bytes = PayloadFile.Read(parsed.GetValue(payload)!, Console.Error);
            if (bytes is null)
            {
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var function = new InferenceFunction(InvocationMetrics.ForThisFunction(new StandardErrorSink()));
            var init = clock.Elapsed.TotalMilliseconds;

            clock.Restart();
            using var response = function.Handle(new MemoryStream(bytes, writable: false));
            var invoke = clock.Elapsed.TotalMilliseconds;

            using var stdout = Console.OpenStandardOutput();
            response.CopyTo(stdout);
            stdout.WriteByte((byte)'\n');
            Console.Error.WriteLine(FormattableString.Invariant($"init {init:0.0} ms, invocation {invoke:0.0} ms"));
            return 0;
        });
        return command;
    }
}
