namespace CallCoach.Core.Screening;

/// <summary>One anomaly found in a call and the reason, in words a manager can check.</summary>
public sealed record AnomalyFlag(AnomalyKind Kind, string Reason);
