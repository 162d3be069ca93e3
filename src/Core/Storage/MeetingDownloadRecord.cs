namespace CallCoach.Core.Storage;

/// <summary>
/// A recording a meeting system announced, waiting to be fetched. The webhook writes it before it answers, so an
/// acknowledged event is never lost; a second delivery of the same event finds the row (unique on vendor and event
/// key) and is not fetched twice. A failed fetch stays here with its attempts and next time, never deleted.
/// </summary>
public sealed class MeetingDownloadRecord
{
    public Guid Id { get; set; }
    /// <summary>zoom, teams or feishu.</summary>
    public required string Vendor { get; set; }
    /// <summary>What makes two deliveries the same recording: Zoom's meeting instance uuid, Graph's recording or transcript id, Feishu's meeting id.</summary>
    public required string EventKey { get; set; }
    /// <summary>The vendor's meeting id, which the call keeps as its external id.</summary>
    public required string ExternalId { get; set; }
    /// <summary>The part of the event the fetch needs (files, download token, resource path), as the vendor sent it.</summary>
    public required string Payload { get; set; }
    public MeetingDownloadStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>The call the download became (or the call it turned out to duplicate).</summary>
    public Guid? CallId { get; set; }
}
