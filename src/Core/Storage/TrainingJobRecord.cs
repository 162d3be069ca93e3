namespace CallCoach.Core.Storage;

/// <summary>A request to train a challenger, from the API or the nightly job; queued work survives a restart.</summary>
public sealed class TrainingJobRecord
{
    public Guid Id { get; set; }
    public required string Model { get; set; }
    public bool Force { get; set; }
    public required string RequestedBy { get; set; }
    public TrainingJobStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Version { get; set; }
    public bool? Promoted { get; set; }
    public string? Error { get; set; }
}
