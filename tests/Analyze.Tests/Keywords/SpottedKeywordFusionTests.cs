using CallCoach.Analyze.Keywords;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using CallCoach.Testing;

namespace CallCoach.Analyze.Tests.Keywords;

/// <summary>How keyphrases the recognizer's keyword search spotted combine with the hits in the transcript text.</summary>
public sealed class SpottedKeywordFusionTests
{
    private static readonly KeywordLexicon Lexicon = KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json"));

    private static TranscriptSegment Segment(string text, params SpottedKeyword[] spotted) =>
        new(Speaker.Customer, 10, 14, text, []) { Spotted = spotted };

    private static SpottedKeyword Spot(string phrase, double start, double end) => new(phrase, start, end, -1000);

    private static string[] Terms(TranscriptSegment segment) => [.. KeywordMatcher.FindHits(Lexicon, [segment]).Select(h => h.Term)];

    [Fact]
    public void SpottedKeywordTheTranscriptMissedIsCounted()
    {
        var segment = Segment("we have no but yet for this", Spot("budget", 11.0, 11.4));

        var hits = KeywordMatcher.FindHits(Lexicon, [segment]);

        var hit = Assert.Single(hits);
        Assert.Equal(("budget", "budget", 0, 11.0), (hit.Term, hit.Concept, hit.SegmentIndex, hit.Start));
    }

    [Fact]
    public void SpottedKeywordAlsoInTheTextIsNotCountedTwice()
    {
        Assert.Equal(["budget"], Terms(Segment("we have no budget for this", Spot("budget", 11.0, 11.4))));
    }

    [Fact]
    public void SpottingAddsOnlyWhatGoesBeyondTheTextForTheSameConcept()
    {
        // The text heard "renewal"; the search heard "renewal rate" there and "renewal" again later: one more, not two.
        var segment = Segment("our renewal is above ninety percent and the rest", Spot("renewal rate", 10.2, 10.9), Spot("renewal", 12.5, 12.9));

        Assert.Equal(["renewal", "renewal"], Terms(segment));
    }

    [Fact]
    public void OverlappingDetectionsCountOnceAsTheLongestPhrase()
    {
        var segment = Segment("the rent will rate is high", Spot("renewal", 10.2, 10.6), Spot("renewal rate", 10.2, 10.9));

        Assert.Equal(["renewal rate"], Terms(segment));
    }

    [Fact]
    public void SpottedPhraseOutsideTheLexiconIsIgnored()
    {
        Assert.Empty(Terms(Segment("nothing here", Spot("weather", 10.1, 10.5))));
    }

    [Fact]
    public void SegmentsWithoutSpottingCountTextAlone()
    {
        Assert.Equal(["budget", "discount"], Terms(Segment("the budget needs a discount")));
    }
}
