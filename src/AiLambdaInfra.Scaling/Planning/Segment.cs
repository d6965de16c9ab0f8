namespace AiLambdaInfra.Scaling.Planning;

/// <summary>A run of minutes at one capacity level, starting <see cref="Start"/> minutes into the plan.</summary>
internal readonly record struct Segment(int Start, int Length, int Level);
