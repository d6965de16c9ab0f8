using System.CommandLine;
using AiLambdaInfra.Handler.Bench;

var root = new RootCommand("Local invoke and benchmark of the AiLambdaInfra inference handler.")
{
    InvokeCommand.Create(),
    BenchCommand.Create(),
    PayloadCommand.Create(),
    PackageInvokeCommand.Create(),
};
return root.Parse(args).Invoke();
