using CallCoach.Analyze.Effectiveness;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests.Effectiveness;

public sealed class EffectiveConversationRuleTests
{
    private static EffectiveConversationRule Rule(EffectiveConversationOptions? options = null) =>
        new(Options.Create(options ?? new EffectiveConversationOptions()));

    [Theory]
    [InlineData(89.9, 1, false)]
    [InlineData(90.0, 1, true)]
    [InlineData(90.0, 0, false)]
    [InlineData(200.0, 0, false)]
    [InlineData(200.0, 5, true)]
    [InlineData(0.0, 0, false)]
    public void CallIsEffectiveWhenLongEnoughAndOnTopic(double seconds, int hits, bool expected)
    {
        Assert.Equal(expected, Rule().Evaluate(seconds, hits).Effective);
    }

    [Fact]
    public void ReasonsExplainBothHalvesOfTheVerdict()
    {
        Assert.Equal(["duration 89.9 s < 90 s", "1 business keyword hit >= 1"], Rule().Evaluate(89.9, 1).Reasons);
        Assert.Equal(["duration 200.0 s >= 90 s", "0 business keyword hits < 1"], Rule().Evaluate(200, 0).Reasons);
        Assert.Equal(["duration 120.25 s >= 90 s", "3 business keyword hits >= 1"], Rule().Evaluate(120.25, 3).Reasons);
    }

    [Fact]
    public void DurationJustUnderTheThresholdIsNotReportedAsTheThresholdItself()
    {
        // 1,439,999 frames at 16 kHz: a hair under 90 s, and not effective.
        var (effective, reasons) = Rule().Evaluate(1_439_999 / 16_000.0, 1);

        Assert.False(effective);
        Assert.DoesNotContain("duration 90.0 s < 90 s", reasons);
    }

    [Theory]
    [InlineData(59.9, 3, false)]
    [InlineData(60.0, 2, false)]
    [InlineData(60.0, 3, true)]
    public void ThresholdsAreConfigurable(double seconds, int hits, bool expected)
    {
        var rule = Rule(new EffectiveConversationOptions { MinDurationSeconds = 60, MinKeywordHits = 3 });

        Assert.Equal(expected, rule.Evaluate(seconds, hits).Effective);
    }

    [Fact]
    public void ZeroRequiredKeywordsMakesDurationAlone()
    {
        var rule = Rule(new EffectiveConversationOptions { MinKeywordHits = 0 });

        Assert.True(rule.Evaluate(90, 0).Effective);
    }
}
