using CallCoach.Analyze.Effectiveness;
using CallCoach.Analyze.Keywords;
using CallCoach.Analyze.Tests.Classification;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Testing;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests;

public sealed class CallAnalyzerTests
{
    private static readonly CallAnalyzer Analyzer = new(
        KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json")),
        new EffectiveConversationRule(Options.Create(new EffectiveConversationOptions())),
        ShippedModels.Classifier());

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
    public void PriceObjectionAndRoiAnswerAreReportedAtTheirSegmentsWithComplianceAndMetrics()
    {
        TranscriptSegment[] call =
        [
            new(Speaker.Rep, 0, 4, "Thanks for taking the time today.", []),
            new(Speaker.Customer, 4.5, 8, "Honestly, the price is just too high for a team our size.", []),
            new(Speaker.Rep, 8.5, 18, "If the tool saves each of your six agents five hours a week, it pays for itself in under three months.", []),
            new(Speaker.Customer, 18.5, 21, "Okay, that makes sense.", []),
        ];

        var analysis = Analyzer.Analyze(30, call);

        Assert.Equal([(ObjectionTypes.Price, 1)], analysis.Objections.Select(o => (o.Type, o.SegmentIndex)));
        Assert.Equal("Honestly, the price is just too high for a team our size", analysis.Objections[0].Text);
        Assert.Equal([(RepActs.Roi, 2)], analysis.Acts.Select(a => (a.Type, a.SegmentIndex)));

        Assert.True(analysis.Compliance.RoiLogic);
        Assert.Equal([2], analysis.Compliance.Evidence["roiLogic"]);
        Assert.False(analysis.Compliance.SuccessCase);
        Assert.True(analysis.Compliance.Flagged);
        Assert.Contains("successCase", analysis.Compliance.Missing);
        Assert.DoesNotContain("roiLogic", analysis.Compliance.Missing);

        // Rep 4 + 9.5 s of 4 + 3.5 + 9.5 + 2.5 s spoken. In the minute after the objection ends (8 s) the rep says
        // 21 words in 9.5 s. Price talk: the customer's objection in segment 1, where "price" is also heard.
        Assert.Equal(13.5 / 19.5, analysis.Metrics.RepTalkRatio!.Value, 9);
        Assert.Equal(21 / 9.5 * 60, analysis.Metrics.RepWordsPerMinuteAfterObjections!.Value, 9);
        Assert.Equal([1], analysis.Metrics.Price.SegmentIndexes);
        Assert.Equal("customer", analysis.Metrics.Price.RaisedBy);
        Assert.Equal(4.5, analysis.Metrics.Price.FirstMentionSeconds);
        Assert.False(analysis.Effective);
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
