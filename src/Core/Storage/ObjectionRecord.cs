namespace CallCoach.Core.Storage;

/// <summary>A customer objection found in a call, with the segment and sentence it came from.</summary>
public sealed class ObjectionRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public int SegmentIndex { get; set; }
    public required string Type { get; set; }
    public required string Text { get; set; }
    public double Confidence { get; set; }
    /// <summary>See <see cref="Analysis.ObjectionFinding.Handled"/>; packs and the lost-deal report look for unhandled ones.</summary>
    public bool? Handled { get; set; }
}
