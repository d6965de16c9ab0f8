using AiLambdaInfra.Cli;

return CliApp.Run(args, CliEnvironment.FromProcess());
