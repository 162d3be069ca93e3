using static CallCoach.Analyze.Tests.Metrics.Say;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class TalkTimeTests
{
    [Fact]
    public void TalkRatioIsRepTimeOverRepAndCustomerTimeLeavingUnknownSpeechOut()
    {
        var metrics = Measure.Call(300, [Rep(0, 43), Customer(43, 100), Unknown(100, 200)]);

        // 43 / (43 + 57); the 100 s of unknown speech count for neither.
        Assert.Equal(0.43, metrics.RepTalkRatio!.Value, 9);
    }

    [Fact]
    public void MonologueRunsAcrossPausesAndUnknownSegmentsUntilTheCustomerSpeaks()
    {
        var metrics = Measure.Call(60, [Rep(0, 20), Unknown(20, 25), Rep(30, 40), Customer(41, 46), Rep(47, 50)]);

        // Rep turns 0–40 (the unknown segment and the 5 s pause inside it) and 47–50; customer turn 41–46.
        Assert.Equal(40, metrics.LongestRepMonologueSeconds, 9);
        Assert.Equal(5, metrics.LongestCustomerStorySeconds, 9);
    }

    [Fact]
    public void CustomerSpeakingOverTheRepEndsTheRepsMonologue()
    {
        var metrics = Measure.Call(60, [Rep(0, 30), Customer(10, 11, "mm-hm"), Rep(31, 40)]);

        // Turns in start order: rep 0–30, customer 10–11, rep 31–40.
        Assert.Equal(30, metrics.LongestRepMonologueSeconds, 9);
        Assert.Equal(1, metrics.LongestCustomerStorySeconds, 9);
    }

    [Fact]
    public void SpeakerSwitchesCountChangesBetweenRepAndCustomerPerMinute()
    {
        var metrics = Measure.Call(90, [Rep(0, 5), Rep(5, 10), Customer(11, 20), Unknown(21, 25), Customer(26, 30), Rep(31, 40), Customer(41, 50)]);

        // R R | C U C | R | C: the unknown segment and repeats of one speaker switch nothing, so 3 switches in 1.5 min.
        Assert.Equal(2, metrics.SpeakerSwitchesPerMinute, 9);
    }

    [Fact]
    public void SilenceCountsOverlappingSpeechOnceAndIgnoresSpeechPastTheEnd()
    {
        var metrics = Measure.Call(100, [Rep(0, 30), Customer(20, 50), Unknown(90, 110)]);

        // Spoken: 0–50 and 90–100 (clipped) = 60 s of 100.
        Assert.Equal(0.4, metrics.SilenceShare, 9);
    }
}
