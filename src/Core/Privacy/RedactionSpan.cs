namespace CallCoach.Core.Privacy;

/// <summary>
/// One piece of personal data taken out of a segment: where it was in the segment's original text (UTF-16 chars)
/// and when it was said (seconds from the start of the call), so the audio can be bleeped over the same stretch.
/// </summary>
public sealed record RedactionSpan(PiiCategory Category, int SegmentIndex, int CharStart, int CharLength, double AudioStart, double AudioEnd);
