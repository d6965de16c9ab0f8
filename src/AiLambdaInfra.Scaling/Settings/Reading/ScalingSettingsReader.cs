namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>Reads the <c>scaling</c> key.</summary>
internal static class ScalingSettingsReader
{
    public static ScalingSettings Read(SettingsObjectReader r)
    {
        var statistic = r.OptionalString("statistic");
        return new ScalingSettings
        {
            Autoscaling = r.Bool("autoscaling", true),
            Baseline = r.Int("baseline", Defaults.Baseline),
            Min = r.Int("min", Defaults.MinCapacity),
            Max = r.Int("max", Defaults.MaxCapacity),
            TargetTracking = r.Bool("targetTracking", true),
            TargetUtilization = r.Double("targetUtilization", Defaults.TargetUtilization),
            Statistic = statistic ?? Defaults.Statistic,
            StatisticPinned = statistic is not null,
            ScaleOutCooldownSeconds = r.Int("scaleOutCooldownSeconds", Defaults.ScaleOutCooldownSeconds),
            ScaleInCooldownSeconds = r.Int("scaleInCooldownSeconds", Defaults.ScaleInCooldownSeconds),
            DisableScaleIn = r.Bool("disableScaleIn", false),
            AccountConcurrencyLimit = r.Int("accountConcurrencyLimit", Defaults.AccountConcurrencyLimit),
            Timezone = r.String("timezone", Defaults.Timezone),
            ScheduledActions = r.ObjectList("scheduledActions", ScheduledActionReader.Read),
        };
    }
}
