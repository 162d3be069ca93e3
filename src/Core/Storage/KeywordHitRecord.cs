namespace CallCoach.Core.Storage;

public sealed class KeywordHitRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public required string Term { get; set; }
    public required string Concept { get; set; }
    public int SegmentIndex { get; set; }
    public double Start { get; set; }
}
