namespace CallCoach.Core.Storage;

/// <summary>
/// A label the data team corrected: the text as classified and the label it should have had. When it came from a
/// call, the segment is kept so the correction can be traced back to what was said.
/// </summary>
public sealed class LabelCorrectionRecord
{
    public long Id { get; set; }
    public required string Model { get; set; }
    public required string Text { get; set; }
    public required string Label { get; set; }
    public Guid? CallId { get; set; }
    public int? SegmentIndex { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
