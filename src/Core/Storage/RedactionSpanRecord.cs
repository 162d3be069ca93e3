using CallCoach.Core.Privacy;

namespace CallCoach.Core.Storage;

/// <summary>
/// A stored <see cref="RedactionSpan"/>. The char range is in the segment's original text, which is not stored unless
/// the deployment keeps originals; the audio range is what benchmark clips bleep.
/// </summary>
public sealed class RedactionSpanRecord
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public int SegmentIndex { get; set; }
    public PiiCategory Category { get; set; }
    public int CharStart { get; set; }
    public int CharLength { get; set; }
    public double AudioStart { get; set; }
    public double AudioEnd { get; set; }
}
