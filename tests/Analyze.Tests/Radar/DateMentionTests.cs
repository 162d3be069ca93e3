using CallCoach.Analyze.Radar;

namespace CallCoach.Analyze.Tests.Radar;

public sealed class DateMentionTests
{
    [Theory]
    [InlineData("Could we book the demo for Tuesday at ten?")]
    [InlineData("how about the 14th")]
    [InlineData("I'll send the contract over by end of the week")]
    [InlineData("let's do 3:30 tomorrow")]
    [InlineData("shall we say next month, March 5")]
    [InlineData("我下周三下午过去拜访您")]
    [InlineData("那就3月5号签合同")]
    [InlineData("明天上午十点给您演示")]
    [InlineData("周五之前我把方案发给您")]
    public void ADayOrATimeIsADate(string sentence) => Assert.True(DateMention.In(sentence));

    [Theory]
    [InlineData("let's stay in touch")]
    [InlineData("I'll follow up soon")]
    [InlineData("we have 200 users")]
    [InlineData("那我们保持联系")]
    [InlineData("回头再约时间吧")]
    public void AVagueFollowUpIsNot(string sentence) => Assert.False(DateMention.In(sentence));
}
