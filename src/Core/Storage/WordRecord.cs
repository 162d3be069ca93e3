namespace CallCoach.Core.Storage;

public sealed class WordRecord
{
    public long Id { get; set; }
    public long SegmentId { get; set; }
    public int Index { get; set; }
    public required string Text { get; set; }
    public double Start { get; set; }
    public double End { get; set; }
}
