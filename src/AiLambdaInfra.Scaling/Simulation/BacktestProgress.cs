namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>How far a backtest has got: step <see cref="Step"/> of <see cref="Steps"/>, doing <see cref="What"/>.</summary>
public sealed record BacktestProgress(int Step, int Steps, string What);
