using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Metrics;

/// <summary>
/// Per-call conversation metrics from segment times, words, keyword hits and objections; pure and deterministic.
/// The definitions are in docs/decisions/011-conversation-metrics.md.
/// </summary>
public static class ConversationMetricsCalculator
{
    public static ConversationMetrics Compute(
        double durationSeconds,
        IReadOnlyList<TranscriptSegment> segments,
        IReadOnlyList<KeywordHit> hits,
        IReadOnlyList<ObjectionFinding> objections)
    {
        // Engines and transcript files give segments in time order already; a stable sort makes "consecutive" mean
        // the same for any caller. Hits and objections point at indexes of the list as given, so those use it.
        List<TranscriptSegment> inTime = [.. segments.OrderBy(s => s.Start)];
        var turns = Turn.InOrder(inTime);
        return new ConversationMetrics(
            RepTalkRatio: RepTalkRatio(inTime),
            LongestRepMonologueSeconds: Longest(turns, Speaker.Rep),
            LongestCustomerStorySeconds: Longest(turns, Speaker.Customer),
            RepQuestions: QuestionCounter.CountRepQuestions(inTime),
            SpeakerSwitchesPerMinute: durationSeconds > 0 ? Math.Max(0, turns.Count - 1) / (durationSeconds / 60) : 0,
            SilenceShare: SilenceShare(durationSeconds, inTime),
            Interruptions: Interruptions.Count(inTime),
            RepWordsPerMinute: SpeakingRate.Overall(inTime),
            RepWordsPerMinuteAfterObjections: SpeakingRate.AfterObjections(segments, objections),
            Price: PriceTalk.Find(segments, hits, objections));
    }

    private static double? RepTalkRatio(IReadOnlyList<TranscriptSegment> segments)
    {
        var rep = SpeakingSeconds(segments, Speaker.Rep);
        var both = rep + SpeakingSeconds(segments, Speaker.Customer);
        return both > 0 ? rep / both : null;
    }

    private static double SpeakingSeconds(IReadOnlyList<TranscriptSegment> segments, Speaker speaker) =>
        segments.Where(s => s.Speaker == speaker).Sum(s => Interval.Of(s).Length);

    private static double Longest(List<Turn> turns, Speaker speaker) =>
        turns.Where(t => t.Speaker == speaker).Select(t => t.Seconds).DefaultIfEmpty(0).Max();

    private static double SilenceShare(double durationSeconds, IReadOnlyList<TranscriptSegment> segments)
    {
        if (durationSeconds <= 0)
        {
            return 0;
        }

        var call = new Interval(0, durationSeconds);
        var spoken = Interval.Union(segments.Select(Interval.Of)).Sum(call.Overlap);
        return Math.Max(0, durationSeconds - spoken) / durationSeconds;
    }
}
