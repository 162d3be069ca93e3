using static CallCoach.Analyze.Tests.Metrics.Say;

namespace CallCoach.Analyze.Tests.Metrics;

public sealed class InterruptionsTests
{
    [Fact]
    public void EachSegmentStartingInsideTheOtherSpeakersSegmentIsOneInterruption()
    {
        var metrics = Measure.Call(60, [Rep(0, 10), Customer(5, 12), Rep(11, 20), Customer(30, 40)]);

        // The customer starts 5 s into the rep's 0–10, the rep starts at 11 inside the customer's 5–12.
        Assert.Equal(2, metrics.Interruptions);
    }

    [Fact]
    public void StartsWithinTheToleranceOfTheOtherSegmentsEdgesAreNotInterruptions()
    {
        var metrics = Measure.Call(60, [Rep(0, 10), Customer(9.9, 15), Rep(20, 30), Customer(20.1, 25)]);

        // 9.9 is within 0.2 s of the rep's end; 20.1 within 0.2 s of the rep's start (both began together).
        Assert.Equal(0, metrics.Interruptions);
    }

    [Fact]
    public void SegmentStartingInsideTwoOfTheOthersCountsOnce()
    {
        var metrics = Measure.Call(60, [Customer(0, 10), Customer(2, 12), Rep(5, 15)]);

        // Duplicate typed cues: the rep's start at 5 s is inside both customer cues, and is one interruption.
        Assert.Equal(1, metrics.Interruptions);
    }

    [Fact]
    public void UnknownSpeechAndMonoTurnsInterruptNobody()
    {
        var metrics = Measure.Call(60, [Rep(0, 10), Unknown(5, 8), Customer(10, 20), Rep(20, 30)]);

        Assert.Equal(0, metrics.Interruptions);
    }
}
