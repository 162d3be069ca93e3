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
}
