namespace CallCoach.Core.Storage;

/// <summary>A rep act found in a call, with the segment it came from.</summary>
public sealed class ActRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public int SegmentIndex { get; set; }
    public required string Type { get; set; }
    public double Confidence { get; set; }
}
