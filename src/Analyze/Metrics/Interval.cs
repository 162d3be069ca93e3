using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>A stretch of the call in seconds; one whose end is not after its start is empty.</summary>
internal readonly record struct Interval(double Start, double End)
{
    public double Length => Math.Max(0, End - Start);

    public static Interval Of(TranscriptSegment segment) => new(segment.Start, segment.End);

    public bool Contains(double seconds) => Start <= seconds && seconds < End;

    public double Overlap(Interval other) => new Interval(Math.Max(Start, other.Start), Math.Min(End, other.End)).Length;

    /// <summary>The same time covered by disjoint intervals in time order, so no second is counted twice.</summary>
    public static List<Interval> Union(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var next in intervals.Where(i => i.Length > 0).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && next.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, next.End) };
            }
            else
            {
                merged.Add(next);
            }
        }

        return merged;
    }
}
