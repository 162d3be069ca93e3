using CallCoach.Core.Calls;

namespace CallCoach.Core.Storage;

public sealed class SegmentRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public int Index { get; set; }
    public Speaker Speaker { get; set; }
    public double Start { get; set; }
    public double End { get; set; }
    /// <summary>The text as stored and served: personal data replaced by placeholders such as [PHONE].</summary>
    public required string Text { get; set; }
    /// <summary>
    /// The text before redaction, kept only when `Privacy:Redaction:StoreOriginal` is on and something was redacted;
    /// otherwise null. The API never returns it.
    /// </summary>
    public string? OriginalText { get; set; }
    public List<WordRecord> Words { get; set; } = [];
}
