namespace CallCoach.Core.Storage;

/// <summary>
/// One version of one item a source has handed over (a blob and its ETag), so a restarted source neither reads it
/// again nor skips what it has not seen. Unique on (Source, Name, Version): a blob overwritten with a new version is
/// a new item. Items that could not be fetched have no row and are tried again.
/// </summary>
public sealed class SourceItemRecord
{
    public long Id { get; set; }
    /// <summary>Which source, e.g. <c>blob:&lt;account&gt;/&lt;container&gt;</c>.</summary>
    public required string Source { get; set; }
    /// <summary>The item's name within the source: the blob's full name.</summary>
    public required string Name { get; set; }
    /// <summary>Which version of it: the blob's ETag.</summary>
    public required string Version { get; set; }
    public SourceItemState State { get; set; }
    public Guid? CallId { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
