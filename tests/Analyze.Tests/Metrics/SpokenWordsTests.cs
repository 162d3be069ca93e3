using CallCoach.Analyze.Metrics;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class SpokenWordsTests
{
    [Theory]
    [InlineData("Hello, don't \"follow-up\" $5,000 (ROI)?", 5)]
    [InlineData("  many   spaces\tand\nlines ", 4)]
    [InlineData(" - … ?", 0)]
    [InlineData("我们的ROI很高，试用期。", 9)]
    [InlineData("好的，OK", 3)]
    [InlineData("", 0)]
    public void EnglishWordsAreWhitespaceTokensAndEachChineseCharacterIsAWord(string text, int words)
    {
        Assert.Equal(words, SpokenWords.In(text));
    }

    [Fact]
    public void RecognizedWordsAreCountedByTheSameRuleAsText()
    {
        var segment = new TranscriptSegment(Speaker.Rep, 0, 2, "价格 ok", [new("价格", 0, 1), new("ok", 1, 2)]);

        // A two-character Chinese word is two words, as it is in typed text.
        Assert.Equal(3, SpokenWords.In(segment));
    }
}
