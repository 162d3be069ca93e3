using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Compliance;
using CallCoach.Analyze.Effectiveness;
using CallCoach.Analyze.Keywords;
using CallCoach.Analyze.Metrics;
using CallCoach.Analyze.Radar;
using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze;

/// <summary>Everything Analyze concludes about one transcribed call.</summary>
public sealed class CallAnalyzer(KeywordLexicon lexicon, EffectiveConversationRule rule, UtteranceClassifier classifier)
{
    public CallAnalysis Analyze(double durationSeconds, IReadOnlyList<TranscriptSegment> segments)
    {
        var hits = KeywordMatcher.FindHits(lexicon, segments);
        var (effective, reasons) = rule.Evaluate(durationSeconds, hits.Count);
        var objections = classifier.Objections(segments);
        var acts = classifier.Acts(segments);
        var metrics = ConversationMetricsCalculator.Compute(durationSeconds, segments, hits, objections);
        var scoring = new CallScoringInput(segments, objections, acts, metrics);
        var handled = scoring.Outcomes.ToDictionary(o => o.Objection, o => o.Handled);
        return new CallAnalysis(
            durationSeconds,
            effective,
            KeywordMatcher.Count(hits),
            hits,
            reasons,
            [.. objections.Select(o => o with { Handled = handled.GetValueOrDefault(o) })],
            acts,
            ScriptComplianceChecker.Check(acts),
            metrics,
            CallAxisScorer.Score(scoring));
    }
}
