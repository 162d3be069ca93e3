namespace CallCoach.Analyze.Reports;

/// <summary>A closed deal of one of the rep's customers, with the customer's tier at the time of the rep's calls.</summary>
public sealed record DealOutcome(string CustomerId, string Tier, bool Won, DateTimeOffset ClosedAt);
