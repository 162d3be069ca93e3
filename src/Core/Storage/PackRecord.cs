namespace CallCoach.Core.Storage;

/// <summary>
/// A minimum intervention pack as generated: one per rep and ISO week, its parts as JSON (they are read whole),
/// and the clip's audio file when the benchmark call had audio.
/// </summary>
public sealed class PackRecord
{
    public Guid Id { get; set; }
    public required string RepId { get; set; }
    public string? RepName { get; set; }
    public string? TeamId { get; set; }
    /// <summary>ISO 8601 week, "2026-W48".</summary>
    public required string Week { get; set; }
    public required string Trigger { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Axis { get; set; }
    public required string Json { get; set; }
    public string? ClipPath { get; set; }
}
