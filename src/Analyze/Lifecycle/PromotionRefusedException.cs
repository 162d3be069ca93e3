namespace CallCoach.Analyze.Lifecycle;

/// <summary>A promotion or rollback the registry will not do; the message says why.</summary>
public sealed class PromotionRefusedException(string message) : Exception(message);
