using CallCoach.Core.Analysis;
using CallCoach.Core.Transcripts;
using static CallCoach.Analyze.Tests.Metrics.Say;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class ConversationMetricsCalculatorTests
{
    [Fact]
    public void EveryMetricOfAShortTypedCallMatchesTheHandCount()
    {
        TranscriptSegment[] call =
        [
            Rep(0, 10, "Hi, this is Sam from Acme. How is your quarter going?"),
            Customer(11, 20, "Busy. We are hiring a lot."),
            Rep(21, 25, "What does onboarding cost you today?"),
            Rep(26, 34, "Our price starts at forty dollars a seat."),
            Customer(35, 44, "That is too expensive for us."),
            Rep(43, 50, "I hear you. We can offer a discount for annual plans."),
            Unknown(52, 55, "One moment please."),
            Customer(56, 66, "Okay. Send me the proposal."),
        ];
        KeywordHit[] hits =
        [
            new("price", "price", 3, 26),
            new("discount", "discount", 5, 43),
            new("proposal", "proposal", 7, 56),
        ];
        ObjectionFinding[] objections = [new(ObjectionTypes.Price, 4, call[4].Text, 0.9), new(ObjectionTypes.None, 7, call[7].Text, 0.8)];

        var metrics = Measure.Call(120, call, hits, objections);

        // Rep 10 + 4 + 8 + 7 = 29 s, customer 9 + 9 + 10 = 28 s: 29 / 57.
        Assert.Equal(29.0 / 57, metrics.RepTalkRatio!.Value, 9);
        // Rep turns 0–10, 21–34 (two segments), 43–50; customer turns 11–20, 35–44, 56–66 (unknown is nobody's).
        Assert.Equal(13, metrics.LongestRepMonologueSeconds, 9);
        Assert.Equal(10, metrics.LongestCustomerStorySeconds, 9);
        // Punctuated call: one "?" in segment 0 and one in segment 2.
        Assert.Equal(2, metrics.RepQuestions);
        // Six turns R C R C R C make 5 switches in 2 minutes.
        Assert.Equal(2.5, metrics.SpeakerSwitchesPerMinute, 9);
        // Covered: 10 + 9 + 4 + 8 + (35–50 = 15) + 3 + 10 = 59 s of 120; silent 61 / 120.
        Assert.Equal(61.0 / 120, metrics.SilenceShare, 9);
        // The rep starts at 43 s while the customer talks until 44 s (43 < 44 − 0.2).
        Assert.Equal(1, metrics.Interruptions);
        // Rep words 11 + 6 + 8 + 11 = 36 in 29 s: 36 / 29 × 60.
        Assert.Equal(36.0 / 29 * 60, metrics.RepWordsPerMinute!.Value, 9);
        // The price objection ends at 44 s: window 44–104 s holds 44–50 of segment 5, 11 × 6/7 words in 6 s = 660/7.
        // The "none" finding on segment 7 is not an objection.
        Assert.Equal(660.0 / 7, metrics.RepWordsPerMinuteAfterObjections!.Value, 9);
        // Price segments 3 (rep), 4 (customer objection), 5 (rep): raised by the rep at 26 s, 3 exchanges.
        Assert.Equal(new PriceNegotiation(26, "rep", 3, metrics.Price.SegmentIndexes), metrics.Price);
        Assert.Equal([3, 4, 5], metrics.Price.SegmentIndexes);
    }

    [Fact]
    public void EmptyTranscriptIsAllSilenceWithNothingToRate()
    {
        var metrics = Measure.Call(30, []);

        Assert.Null(metrics.RepTalkRatio);
        Assert.Equal(0, metrics.LongestRepMonologueSeconds);
        Assert.Equal(0, metrics.LongestCustomerStorySeconds);
        Assert.Equal(0, metrics.RepQuestions);
        Assert.Equal(0, metrics.SpeakerSwitchesPerMinute);
        Assert.Equal(1, metrics.SilenceShare);
        Assert.Equal(0, metrics.Interruptions);
        Assert.Null(metrics.RepWordsPerMinute);
        Assert.Null(metrics.RepWordsPerMinuteAfterObjections);
        Assert.Equal(new PriceNegotiation(null, null, 0, metrics.Price.SegmentIndexes), metrics.Price);
        Assert.Empty(metrics.Price.SegmentIndexes);
    }

    [Fact]
    public void ZeroLengthCallHasNoRatesPerMinuteAndNoSilence()
    {
        var metrics = Measure.Call(0, []);

        Assert.Equal(0, metrics.SpeakerSwitchesPerMinute);
        Assert.Equal(0, metrics.SilenceShare);
    }

    [Fact]
    public void CallWhereOnlyTheCustomerSpokeGivesTheRepNoShareAndNoRate()
    {
        var metrics = Measure.Call(60, [Customer(0, 20, "hello is anyone there"), Customer(25, 30, "hello")]);

        Assert.Equal(0, metrics.RepTalkRatio);
        Assert.Equal(0, metrics.LongestRepMonologueSeconds);
        // One customer turn, 0–30 s.
        Assert.Equal(30, metrics.LongestCustomerStorySeconds);
        Assert.Equal(0, metrics.SpeakerSwitchesPerMinute);
        Assert.Null(metrics.RepWordsPerMinute);
    }

    [Fact]
    public void UndiarizedMonoCallHasOnlySilenceToMeasure()
    {
        var metrics = Measure.Call(100, [Unknown(0, 40, "what do you use today"), Unknown(50, 90, "we use spreadsheets")]);

        Assert.Null(metrics.RepTalkRatio);
        Assert.Equal(0, metrics.LongestRepMonologueSeconds);
        Assert.Equal(0, metrics.RepQuestions);
        Assert.Equal(0, metrics.SpeakerSwitchesPerMinute);
        // 80 of 100 s spoken.
        Assert.Equal(0.2, metrics.SilenceShare, 9);
        Assert.Null(metrics.RepWordsPerMinute);
    }

    [Fact]
    public void SegmentsGivenOutOfTimeOrderAreMeasuredInTimeOrder()
    {
        // In time: rep 0–10, rep 10–20, customer 20–30: one rep turn of 20 s and one switch.
        var metrics = Measure.Call(60, [Customer(20, 30), Rep(10, 20), Rep(0, 10)]);

        Assert.Equal(20, metrics.LongestRepMonologueSeconds);
        Assert.Equal(1, metrics.SpeakerSwitchesPerMinute);
    }
}
