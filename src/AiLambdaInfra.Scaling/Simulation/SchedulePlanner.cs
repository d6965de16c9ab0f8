namespace AiLambdaInfra.Scaling.Simulation;

/// <summary>
/// Plans scheduled capacity from the past only. The backtest calls it once per replanning period with a
/// <see cref="PlanningWindow"/> whose history ends at the window's start, as a nightly job would see it.
/// </summary>
public delegate PlannedSchedule SchedulePlanner(PlanningWindow window);
