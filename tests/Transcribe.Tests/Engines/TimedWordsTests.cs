using CallCoach.Transcribe.Engines;

namespace CallCoach.Transcribe.Tests.Engines;

public sealed class TimedWordsTests
{
    [Fact]
    public void EnglishWordsLoseTheirSurroundingPunctuationButKeepApostrophesAndHyphens()
    {
        Assert.Equal(["Hello", "don't", "follow-up", "5,000", "ROI"], TimedWords.Split(" Hello, don't \"follow-up\" $5,000 (ROI)?"));
    }

    [Fact]
    public void EachChineseCharacterIsAWordAndFullWidthPunctuationSeparates()
    {
        Assert.Equal(["我", "们", "的", "ROI", "很", "高", "试", "用", "期"], TimedWords.Split("我们的ROI很高，试用期。"));
    }

    [Fact]
    public void PunctuationAloneIsNoWord()
    {
        Assert.Empty(TimedWords.Spread(" - … ?", 0, 1));
    }

    [Fact]
    public void TheSpanIsSharedOutByCharacters()
    {
        var words = TimedWords.Spread("数据 ab", 1.0, 2.0);

        Assert.Equal(["数", "据", "ab"], words.Select(w => w.Text));
        Assert.Equal([1.0, 1.25, 1.5], words.Select(w => w.Start));
        Assert.Equal([1.25, 1.5, 2.0], words.Select(w => w.End));
    }

    [Fact]
    public void OneWordKeepsTheWholeSpan()
    {
        Assert.Equal([new RecognizedWord("morning", 0.34, 0.91)], TimedWords.Spread(" morning.", 0.34, 0.91));
    }
}
