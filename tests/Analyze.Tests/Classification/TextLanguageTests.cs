using CallCoach.Analyze.Classification;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class TextLanguageTests
{
    [Theory]
    [InlineData("The price is too high", "en")]
    [InlineData("太贵了", "zh")]
    [InlineData("我们已经在用 Salesforce 了", "zh")] // a brand name does not make Chinese English
    [InlineData("We looked at 钉钉 already", "zh")]
    [InlineData("㐀", "zh")] // CJK extension A
    [InlineData("１２３？", "en")] // full-width digits and marks are not Chinese
    [InlineData("", "en")]
    public void TextWithAnyChineseCharacterIsChinese(string text, string language)
    {
        Assert.Equal(language, TextLanguage.Of(text));
    }

    [Fact]
    public void LanguagesAreEnglishAndChinese()
    {
        Assert.Equal(["en", "zh"], TextLanguage.All);
    }
}
