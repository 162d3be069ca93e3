namespace CallCoach.Core.Calls;

/// <summary>What the sidecar JSON (or an upload's metadata field) says about a recording.</summary>
public sealed record CallMetadata
{
    public static readonly CallMetadata None = new();

    public string? RepId { get; init; }
    public string? RepName { get; init; }
    public string? TeamId { get; init; }
    public string? CustomerId { get; init; }
    public CustomerTier? CustomerTier { get; init; }
    public int? InteractionNumber { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public string? Source { get; init; }

    /// <summary>The source system's own id of the call (a meeting system's meeting id), so a call can be traced back to it.</summary>
    public string? ExternalId { get; init; }
}
