using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;
using static CallCoach.Analyze.Tests.Metrics.Say;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class SpeakingRateTests
{
    [Fact]
    public void RepRateIsRepWordsPerMinuteOfRepSegments()
    {
        var metrics = Measure.Call(60, [Rep(0, 10, Words(20)), Customer(10, 40, Words(90)), Rep(40, 50, Words(10))]);

        // (20 + 10) words in (10 + 10) s = 30 / 20 × 60; the customer's words do not count.
        Assert.Equal(90, metrics.RepWordsPerMinute!.Value, 9);
    }

    [Fact]
    public void ChineseRateCountsCharacters()
    {
        var metrics = Measure.Call(60, [Rep(0, 6, "我们的报价是每年五万")]);

        // 10 characters in 6 s = 10 / 6 × 60.
        Assert.Equal(100, metrics.RepWordsPerMinute!.Value, 9);
    }

    [Fact]
    public void AfterAnObjectionRepWordsWithoutTimesAreSharedOutByOverlap()
    {
        var metrics = Measure.Call(120,
            [Customer(0, 10, "now is not a good time"), Rep(40, 90, Words(50))],
            objections: [new(ObjectionTypes.Timing, 0, "now is not a good time", 0.9)]);

        // Window 10–70 s holds 40–70 of the rep's 40–90: 50 × 30/50 = 30 words in 30 s.
        Assert.Equal(60, metrics.RepWordsPerMinuteAfterObjections!.Value, 9);
    }

    [Fact]
    public void AfterAnObjectionRepWordsWithTimesCountWhereTheirMiddleFalls()
    {
        TranscriptWord[] words = [new("one", 65, 66), new("two", 66, 68), new("three", 69, 73), new("four", 73, 75)];
        var metrics = Measure.Call(120,
            [Customer(0, 10, "too expensive"), new TranscriptSegment(Speaker.Rep, 65, 75, "one two three four", words)],
            objections: [new(ObjectionTypes.Price, 0, "too expensive", 0.9)]);

        // Window 10–70 s: the rep speaks 65–70 (5 s); middles 65.5 and 67 are inside, 71 and 74 not: 2 / 5 × 60.
        Assert.Equal(24, metrics.RepWordsPerMinuteAfterObjections!.Value, 9);
    }

    [Fact]
    public void OverlappingObjectionWindowsArePooledWithoutCountingAWordTwice()
    {
        var metrics = Measure.Call(200,
            [Customer(0, 10, "no budget"), Rep(10, 30, Words(20)), Customer(30, 40, "and we use a competitor"), Rep(40, 70, Words(15))],
            objections: [new(ObjectionTypes.Budget, 0, "no budget", 0.9), new(ObjectionTypes.Competitor, 2, "and we use a competitor", 0.8)]);

        // Windows 10–70 and 40–100 merge into 10–100: (20 + 15) words in (20 + 30) s = 35 / 50 × 60.
        Assert.Equal(42, metrics.RepWordsPerMinuteAfterObjections!.Value, 9);
    }

    [Fact]
    public void RateAfterObjectionsIsNullWithoutARealObjectionOrRepSpeechAfterIt()
    {
        TranscriptSegment[] call = [Customer(0, 10, "sounds good"), Rep(10, 20, Words(20)), Customer(100, 110, "too pricey")];

        Assert.Null(Measure.Call(120, call).RepWordsPerMinuteAfterObjections);
        Assert.Null(Measure.Call(120, call, objections: [new(ObjectionTypes.None, 0, "sounds good", 0.9)]).RepWordsPerMinuteAfterObjections);
        Assert.Null(Measure.Call(120, call, objections: [new(ObjectionTypes.Price, 2, "too pricey", 0.9)]).RepWordsPerMinuteAfterObjections);
    }
}
