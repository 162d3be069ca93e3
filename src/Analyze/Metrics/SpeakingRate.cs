using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>How fast the rep talks: words (see <see cref="SpokenWords"/>) per minute of the rep's own segments.</summary>
internal static class SpeakingRate
{
    private const double AfterObjectionSeconds = 60;

    public static double? Overall(IReadOnlyList<TranscriptSegment> segments)
    {
        var rep = segments.Where(s => s.Speaker == Speaker.Rep).ToList();
        return PerMinute(rep.Sum(SpokenWords.In), rep.Sum(s => Interval.Of(s).Length));
    }

    /// <summary>
    /// The rep's rate in the minute after each objection ends, pooled: all words over all seconds, so a long answer
    /// weighs more than a short one. Windows that overlap are merged, so no word counts twice. Rep speech is clipped
    /// to the windows; words with times count where their middle falls, words without are shared out by overlap.
    /// </summary>
    public static double? AfterObjections(IReadOnlyList<TranscriptSegment> segments, IReadOnlyList<ObjectionFinding> objections)
    {
        var windows = Interval.Union(objections
            .Where(o => o.Type != ObjectionTypes.None)
            .Select(o => segments[o.SegmentIndex].End)
            .Select(end => new Interval(end, end + AfterObjectionSeconds)));
        double words = 0, seconds = 0;
        foreach (var segment in segments.Where(s => s.Speaker == Speaker.Rep))
        {
            foreach (var window in windows)
            {
                var overlap = window.Overlap(Interval.Of(segment));
                if (overlap > 0)
                {
                    seconds += overlap;
                    words += WordsWithin(segment, window, overlap);
                }
            }
        }

        return PerMinute(words, seconds);
    }

    private static double WordsWithin(TranscriptSegment segment, Interval window, double overlap) =>
        segment.Words.Count > 0
            ? segment.Words.Where(w => window.Contains((w.Start + w.End) / 2)).Sum(w => SpokenWords.In(w.Text))
            : SpokenWords.In(segment.Text) * overlap / Interval.Of(segment).Length;

    private static double? PerMinute(double words, double seconds) => seconds > 0 ? words / (seconds / 60) : null;
}
