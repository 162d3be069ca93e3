using CallCoach.Testing;
using CallCoach.Analyze.Effectiveness;
using CallCoach.Analyze.Keywords;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests;

public sealed class CallAnalyzerTests
{
    private static readonly CallAnalyzer Analyzer = new(
        KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json")),
        new EffectiveConversationRule(Options.Create(new EffectiveConversationOptions())));

    private static readonly TranscriptSegment[] TrialCall =
    [
        new(Speaker.Rep, 0.4, 4.0, "good morning this is sarah from north star software", []),
        new(Speaker.Customer, 4.7, 8.0, "good morning sarah", []),
        new(Speaker.Rep, 60.2, 66.0, "we also offer a trial period of thirty days", []),
        new(Speaker.Customer, 66.7, 71.0, "does the trial period include the reporting features", []),
    ];

    [Fact]
    public void LongCallWithKeywordsIsEffectiveAndItsHitsPointAtTheirSegments()
    {
        var analysis = Analyzer.Analyze(120.5, TrialCall);

        Assert.True(analysis.Effective);
        Assert.Equal(120.5, analysis.DurationSeconds);
        Assert.Equal([new KeywordHit("trial period", "trial period", 2, 60.2), new KeywordHit("trial period", "trial period", 3, 66.7)], analysis.Hits);
        Assert.Equal([new KeywordCount("trial period", 2)], analysis.Keywords);
        Assert.Equal(["duration 120.5 s >= 90 s", "2 business keyword hits >= 1"], analysis.Reasons);
        Assert.All(analysis.Hits, h => Assert.Contains(h.Term, TrialCall[h.SegmentIndex].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ShortCallWithKeywordsIsNotEffective()
    {
        var analysis = Analyzer.Analyze(89.9, TrialCall);

        Assert.False(analysis.Effective);
        Assert.Equal(2, analysis.Hits.Count);
    }

    [Fact]
    public void LongCallWithoutKeywordsIsNotEffective()
    {
        var analysis = Analyzer.Analyze(200, TrialCall[..2]);

        Assert.False(analysis.Effective);
        Assert.Empty(analysis.Hits);
        Assert.Empty(analysis.Keywords);
    }

    [Fact]
    public void CallWithoutSegmentsIsAnalysedAsHavingNoKeywords()
    {
        var analysis = Analyzer.Analyze(100, []);

        Assert.False(analysis.Effective);
        Assert.Empty(analysis.Hits);
    }
}
