using CallCoach.Analyze.Classification;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Too EXPENSIVE", "too expensive")]
    [InlineData("ＷＥ ＵＳＥ Ｓａｌｅｓｆｏｒｃｅ", "we use salesforce")] // full-width letters fold to ASCII
    [InlineData("  spaced   out\ttext  ", "spaced out text")]
    public void CasingAndWidthAreFolded(string text, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("Well, okay... that's fine!", "well okay that's fine")]
    [InlineData("Who else signs off on this?", "who else signs off on this ?")]
    [InlineData("Really?!", "really ?")]
    [InlineData("预算多少？", "预 算 多 少 ?")] // the full-width question mark is the same feature as '?'
    [InlineData("(see: the \"plan\") - ok;", "see the plan ok")]
    public void PunctuationIsDroppedExceptTheQuestionMark(string text, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("It costs $12,500.00 for 30 seats", "it costs 0 for 0 seats")]
    [InlineData("call me at 10", "call me at 0")]
    [InlineData("20% off", "0 % off")]
    [InlineData("１２３", "0")] // full-width digits are digits
    [InlineData("done. 5 more", "done 0 more")]
    [InlineData("1, 2, 3", "0 0 0")]
    public void EveryRunOfDigitsBecomesOneZero(string text, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("今年预算已经花完了", "今 年 预 算 已 经 花 完 了")]
    [InlineData("太贵了，能便宜点吗？", "太 贵 了 能 便 宜 点 吗 ?")]
    [InlineData("价格3000元", "价 格 0 元")]
    public void EveryChineseCharacterIsItsOwnToken(string text, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("我们已经在用Salesforce了", "我 们 已 经 在 用 salesforce 了")]
    [InlineData("我们已经在用 Salesforce 了。", "我 们 已 经 在 用 salesforce 了")]
    [InlineData("ROI大概是3倍", "roi 大 概 是 0 倍")]
    public void EnglishWordsInsideChineseStayWholeWords(string text, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("...!!!")]
    public void TextWithoutWordsNormalisesToEmpty(string text)
    {
        Assert.Equal("", TextNormalizer.Normalize(text));
    }
}
