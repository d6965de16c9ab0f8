namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>Reads the <c>function</c> key.</summary>
internal static class FunctionSettingsReader
{
    public static FunctionSettings Read(SettingsObjectReader r) => new()
    {
        Name = r.OptionalString("name"),
        Description = r.String("description", Defaults.Description),
        CodePath = r.OptionalString("codePath"),
        ImageUri = r.OptionalString("imageUri"),
        Runtime = r.String("runtime", Defaults.Runtime),
        Handler = r.String("handler", Defaults.Handler),
        MemoryMb = r.Int("memoryMb", Defaults.MemoryMb),
        TimeoutSeconds = r.Int("timeoutSeconds", Defaults.TimeoutSeconds),
        EphemeralStorageMb = r.Int("ephemeralStorageMb", Defaults.EphemeralStorageMb),
        Architecture = r.String("architecture", Defaults.Architecture),
        Environment = r.StringMap("environment"),
        ReservedConcurrency = r.OptionalInt("reservedConcurrency"),
        SnapStart = r.Bool("snapStart", false),
        LogRetentionDays = r.Int("logRetentionDays", Defaults.LogRetentionDays),
        Alias = r.String("alias", Defaults.Alias),
        PolicyStatements = r.ObjectList("policyStatements", ReadStatement),
    };

    private static PolicyStatementSettings ReadStatement(SettingsObjectReader r) => new()
    {
        Effect = r.String("effect", "Allow"),
        Actions = r.StringList("actions"),
        Resources = r.StringList("resources"),
    };
}
