namespace AiLambdaInfra.Scaling.Deployment;

/// <summary>Logical names of the component's children, all derived from the component's own name.</summary>
public static class ChildNames
{
    public static string Suffix(string component) => $"{component}-name-suffix";
    public static string Role(string component) => $"{component}-role";
    public static string LoggingPolicy(string component) => $"{component}-logging";
    public static string ExtraPolicy(string component) => $"{component}-extra-permissions";
    public static string LogGroup(string component) => $"{component}-logs";
    public static string Function(string component) => $"{component}-function";
    public static string Alias(string component) => $"{component}-alias";
    public static string ProvisionedConcurrency(string component) => $"{component}-provisioned-concurrency";
    public static string ScalableTarget(string component) => $"{component}-scalable-target";
    public static string ScheduledAction(string component, string actionName) => $"{component}-schedule-{actionName}";
    public static string TrackingPolicy(string component) => $"{component}-tracking";
    public static string Alarm(string component, AlarmKind kind) => $"{component}-alarm-{AlarmDefinitions.Suffix(kind)}";
    public static string Topic(string component) => $"{component}-alarm-topic";
    public static string EmailSubscription(string component, string email) => $"{component}-email-{email}";
    public static string Dashboard(string component) => $"{component}-dashboard";
}
