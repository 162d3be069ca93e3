using CallCoach.Analyze.Metrics;
using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Tests.Metrics;

internal static class Measure
{
    public static ConversationMetrics Call(
        double durationSeconds,
        IReadOnlyList<TranscriptSegment> segments,
        IReadOnlyList<KeywordHit>? hits = null,
        IReadOnlyList<ObjectionFinding>? objections = null) =>
        ConversationMetricsCalculator.Compute(durationSeconds, segments, hits ?? [], objections ?? []);
}
