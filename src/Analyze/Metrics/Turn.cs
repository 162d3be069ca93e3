using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// Consecutive segments of one speaker, the rep or the customer, with no segment of the other between them; it runs
/// from the first segment's start to the latest end. Unknown segments neither start a turn nor end one: nobody can
/// say whose they are.
/// </summary>
internal sealed record Turn(Speaker Speaker, double Start, double End)
{
    public double Seconds => End - Start;

    /// <param name="segments">In time order.</param>
    public static List<Turn> InOrder(IEnumerable<TranscriptSegment> segments)
    {
        var turns = new List<Turn>();
        foreach (var segment in segments.Where(s => s.Speaker is Speaker.Rep or Speaker.Customer))
        {
            if (turns.Count > 0 && turns[^1].Speaker == segment.Speaker)
            {
                turns[^1] = turns[^1] with { End = Math.Max(turns[^1].End, segment.End) };
            }
            else
            {
                turns.Add(new Turn(segment.Speaker, segment.Start, segment.End));
            }
        }

        return turns;
    }
}
