using CallCoach.Analyze.Privacy;
using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Tests.Privacy;

public sealed class PiiRedactorTests
{
    private static IReadOnlyList<string> Found(string text) =>
        [.. PiiRedactor.Find(text).Select(m => $"{PiiPlaceholder.Tag(m.Category)}:{text.Substring(m.Start, m.Length)}")];

    [Fact]
    public void EachPieceOfPersonalDataIsReplacedByItsTypedPlaceholder()
    {
        const string text = "Call 138-1234-5678 or mail zhang.wei@example.com; ID 11010519491231002X, card 4111 1111 1111 1111.";

        var redacted = PiiRedactor.Redact(text, PiiRedactor.AllCategories);

        Assert.Equal("Call [PHONE] or mail [EMAIL]; ID [ID], card [CARD].", redacted.Text);
        Assert.Equal(
            [PiiCategory.Phone, PiiCategory.Email, PiiCategory.ResidentId, PiiCategory.BankCard],
            redacted.Matches.Select(m => m.Category));
    }

    [Fact]
    public void MatchesGiveTheirCharRangeInTheOriginalText()
    {
        const string text = "我的手机号是１３８１２３４５６７８，邮箱 zhangwei艾特163点com。";

        var matches = PiiRedactor.Find(text);

        Assert.Equal(
            [(PiiCategory.Phone, "１３８１２３４５６７８"), (PiiCategory.Email, "zhangwei艾特163点com")],
            matches.Select(m => (m.Category, text.Substring(m.Start, m.Length))));
        Assert.Equal(text.IndexOf('１', StringComparison.Ordinal), matches[0].Start);
    }

    [Theory]
    [InlineData("one three eight, one two three four, five six seven eight", "PHONE:one three eight, one two three four, five six seven eight")]
    [InlineData("Oh, one three nine double five triple six one two three, that's me.", "PHONE:one three nine double five triple six one two three")]
    [InlineData("号码是幺三八 幺二三四 五六七八，您记一下", "PHONE:幺三八 幺二三四 五六七八")]
    [InlineData("plus four four two oh seven nine four six oh nine five eight", "PHONE:plus four four two oh seven nine four six oh nine five eight")]
    [InlineData("The US office is +1 (415) 555-0123.", "PHONE:+1 (415) 555-0123")]
    [InlineData("上海办公室 (021) 6123 4567", "PHONE:(021) 6123 4567")]
    [InlineData("zhang dot wei at example dot com", "EMAIL:zhang dot wei at example dot com")]
    [InlineData("my email is zhang wei at gmail dot com", "EMAIL:zhang wei at gmail dot com")]
    public void NumbersAndAddressesAreFoundAsTheyWereSaid(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Theory]
    [InlineData("Your order number is 13812345678, it shipped today.")]
    [InlineData("订单号13812345678已经发货。")]
    [InlineData("成交价13800000000元。")]
    [InlineData("The ID 110105194912310021 failed its check.")]
    [InlineData("The card 4111 1111 1111 1112 was declined.")]
    [InlineData("The server is at 192.168.10.100 and runs version 10.0.19045.2965.")]
    [InlineData("The contract runs from 2024-01-01 to 2026-12-31, renewal at 10:30.")]
    [InlineData("That number 21234567890 starts with a two.")]
    [InlineData("手机号138****5678已经绑定。")]
    [InlineData("Visit us at example.com for the pricing page.")]
    [InlineData("Count with me: one two three four five six seven eight nine.")]
    public void ReferencesAmountsDatesAndNearMissesAreLeftAlone(string text)
    {
        Assert.Empty(Found(text));
    }

    [Fact]
    public void ResidentIdCountsWithItsCheckCharacterAndBirthDateAndTheOldFormOnlyAfterIdWords()
    {
        Assert.Equal(["ID:11010519491231002x"], Found("身份证号是11010519491231002x。"));
        Assert.Equal(["ID:110105491231002"], Found("老身份证号码110105491231002。"));
        Assert.Empty(Found("编码110105491231002。"));
        // A right check character cannot save an impossible birth date (month 13).
        Assert.Empty(Found("ID 110105194913310021"));
    }

    [Fact]
    public void ACategoryThatIsOffIsLeftAsItIsAndNeverTakenForAnotherCategory()
    {
        const string text = "邮箱13812345678@163.com，手机13912345678。";

        var redacted = PiiRedactor.Redact(text, [PiiCategory.Phone]);

        Assert.Equal("邮箱13812345678@163.com，手机[PHONE]。", redacted.Text);
        Assert.Equal([PiiCategory.Phone], redacted.Matches.Select(m => m.Category));
    }

    [Fact]
    public void AnyTextIsReadWithoutFailingAndMatchesStayInsideItInOrder()
    {
        // Redaction runs on every segment of every call: odd input must never fail an analysis.
        string[] pieces =
        [
            "1", "38", "0", "5678", "１", "一", "幺", "〇", "X", "x", "叉", "one", "oh", "double", "triple", "plus", "+", "(", ")",
            " ", "-", ".", ",", "，", ":", "@", "＠", " at ", " dot ", "点", "艾特", "com", "zhang", "order", "订单", "¥", "元", "'", "\n",
        ];
        var random = new Random(5);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            var matches = PiiRedactor.Find(text);

            Assert.All(matches, m => Assert.InRange(m.End, m.Start + 1, text.Length));
            Assert.All(matches.Zip(matches.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, text));
        }
    }

    [Fact]
    public void WithNoCategoryOnTheTextIsUnchanged()
    {
        const string text = "Call 138-1234-5678.";

        var redacted = PiiRedactor.Redact(text, []);

        Assert.Same(text, redacted.Text);
        Assert.Empty(redacted.Matches);
    }
}
