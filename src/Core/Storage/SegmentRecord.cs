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
    public required string Text { get; set; }
    public List<WordRecord> Words { get; set; } = [];
}
