using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// Counts the segments of the rep or the customer that start while the other is still talking. Only stereo calls and
/// typed transcripts with overlapping cues can show it: a mono call's turns never overlap. A short acknowledgement
/// ("mm-hm") over the other's speech counts as well; the segments do not say which words were only backchannel.
/// </summary>
internal static class Interruptions
{
    // Voice detection pads segment edges, and two people starting together interrupt nobody: starts this close to
    // either edge of the other's segment are not counted.
    private const double ToleranceSeconds = 0.2;

    public static int Count(IReadOnlyList<TranscriptSegment> segments)
    {
        var known = segments.Where(s => s.Speaker is Speaker.Rep or Speaker.Customer).ToList();
        return known.Count(s => known.Any(other =>
            other.Speaker != s.Speaker
            && s.Start > other.Start + ToleranceSeconds
            && s.Start < other.End - ToleranceSeconds));
    }
}
