namespace AiLambdaInfra.Scaling.Costs;

/// <summary>Thrown by <see cref="PriceCatalog.For"/> for a region or architecture it has no prices for; the message lists the known ones.</summary>
public sealed class UnknownPriceException(string message) : ArgumentException(message);
