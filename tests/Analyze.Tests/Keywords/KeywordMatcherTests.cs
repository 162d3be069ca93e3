using CallCoach.Testing;
using CallCoach.Analyze.Keywords;
using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Tests.Keywords;

public sealed class KeywordMatcherTests
{
    private static readonly KeywordLexicon Lexicon = KeywordLexicon.Load(Path.Combine(RepositoryPaths.Models, "lexicon", "business-keywords.json"));

    private static TranscriptSegment Segment(string text, double start = 0) => new(Speaker.Rep, start, start + 1, text, []);

    private static string[] Terms(string text) => [.. KeywordMatcher.FindHits(Lexicon, [Segment(text)]).Select(h => h.Term)];

    [Theory]
    [InlineData("The price is fair.", new[] { "price" })]
    [InlineData("Our pricing is simple.", new[] { "pricing" })]
    [InlineData("Your advice was priceless.", new string[0])]
    [InlineData("Send me the price-list.", new[] { "price" })]
    [InlineData("That overprice tag.", new string[0])]
    [InlineData("A demonstration, then a demo.", new[] { "demonstration", "demo" })]
    [InlineData("The SLAB is concrete.", new string[0])]
    [InlineData("The ROI2 column.", new string[0])]
    public void EnglishTermsMatchWholeWordsOnly(string text, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), Terms(text).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Trial   PERIOD")]
    [InlineData("trial\tperiod")]
    [InlineData("TRIAL\nPeriod")]
    public void EnglishTermsIgnoreCaseAndWhitespace(string text)
    {
        Assert.Equal(["trial period"], Terms($"We have a {text} for you."));
    }

    [Fact]
    public void ChineseTermsMatchAsSubstringsEvenWithSpacesBetweenCharacters()
    {
        Assert.Equal(["试用期"], Terms("我们的试 用 期是三十天"));
        Assert.Equal(["报价"], Terms("请给我报价单"));
    }

    [Fact]
    public void LongestTermWinsWhereTermsOverlap()
    {
        Assert.Equal(["试用期"], Terms("试用期"));
        Assert.Equal(["试用"], Terms("可以试用吗"));
        Assert.Equal(["renewal rate"], Terms("Our renewal rate is high."));
        Assert.Equal(["renewal"], Terms("The renewal is in May."));
        Assert.Equal(["service level agreement"], Terms("Read the service level agreement."));
        Assert.Equal(["服务水平协议"], Terms("请看服务水平协议"));
    }

    [Fact]
    public void EveryOccurrenceCountsSeparately()
    {
        // The order of hits inside one segment is not specified, so compare as a multiset.
        Assert.Equal(["renewal", "renewal", "renewal rate"], Terms("renewal, renewal rate, renewal").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("我们的ROI很高")]
    [InlineData("我们的roi很高")]
    [InlineData("ROI很高")]
    public void EnglishTermInsideChineseTextIsFound(string text)
    {
        Assert.Equal(["ROI"], Terms(text));
    }

    [Fact]
    public void HitsAreTiedToTheSegmentTheyWereHeardIn()
    {
        TranscriptSegment[] segments =
        [
            Segment("Hello, how are you?", 0),
            Segment("We have a free trial and a discount.", 3.5),
            Segment("What about the price?", 9.25),
        ];

        var hits = KeywordMatcher.FindHits(Lexicon, segments).OrderBy(h => h.SegmentIndex).ThenBy(h => h.Term, StringComparer.Ordinal);

        Assert.Equal(
            [
                new KeywordHit("discount", "discount", 1, 3.5),
                new KeywordHit("free trial", "trial period", 1, 3.5),
                new KeywordHit("price", "price", 2, 9.25),
            ],
            hits);
    }

    [Fact]
    public void CountsAreOrderedByFrequencyThenTerm()
    {
        KeywordHit[] hits =
        [
            new("price", "price", 0, 0),
            new("budget", "budget", 0, 0),
            new("price", "price", 1, 1),
            new("demo", "demo", 2, 2),
        ];

        Assert.Equal([new KeywordCount("price", 2), new KeywordCount("budget", 1), new KeywordCount("demo", 1)], KeywordMatcher.Count(hits));
    }
}
