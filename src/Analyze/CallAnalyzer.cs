using CallCoach.Analyze.Effectiveness;
using CallCoach.Analyze.Keywords;
using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze;

/// <summary>Everything Analyze concludes about one transcribed call.</summary>
public sealed class CallAnalyzer(KeywordLexicon lexicon, EffectiveConversationRule rule)
{
    public CallAnalysis Analyze(double durationSeconds, IReadOnlyList<TranscriptSegment> segments)
    {
        var hits = KeywordMatcher.FindHits(lexicon, segments);
        var (effective, reasons) = rule.Evaluate(durationSeconds, hits.Count);
        return new CallAnalysis(durationSeconds, effective, KeywordMatcher.Count(hits), hits, reasons);
    }
}
