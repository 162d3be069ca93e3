namespace CallCoach.Core.Calls;

/// <summary>Who said a stretch of a call. Serialized as "rep", "customer" or "unknown".</summary>
public enum Speaker
{
    Unknown,
    Rep,
    Customer,
}
