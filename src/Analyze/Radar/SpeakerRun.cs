using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// A turn by segment index: consecutive segments of the rep or the customer, in time order, with no segment of the
/// other between them. Unknown segments are skipped, as in the conversation metrics.
/// </summary>
internal sealed record SpeakerRun(Speaker Speaker, List<int> Segments, double Start, double End)
{
    public double Seconds => End - Start;

    public static List<SpeakerRun> Of(IReadOnlyList<TranscriptSegment> segments)
    {
        var runs = new List<SpeakerRun>();
        foreach (var index in Enumerable.Range(0, segments.Count).OrderBy(i => segments[i].Start).ThenBy(i => i))
        {
            var segment = segments[index];
            if (segment.Speaker is not (Speaker.Rep or Speaker.Customer))
            {
                continue;
            }

            if (runs.Count > 0 && runs[^1].Speaker == segment.Speaker)
            {
                runs[^1].Segments.Add(index);
                runs[^1] = runs[^1] with { End = Math.Max(runs[^1].End, segment.End) };
            }
            else
            {
                runs.Add(new SpeakerRun(segment.Speaker, [index], segment.Start, segment.End));
            }
        }

        return runs;
    }
}
