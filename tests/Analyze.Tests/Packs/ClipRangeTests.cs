using CallCoach.Analyze.Packs;

namespace CallCoach.Analyze.Tests.Packs;

public sealed class ClipRangeTests
{
    private static readonly PackOptions Options = new() { MinimumClipSeconds = 15, MaximumClipSeconds = 90 };

    [Theory]
    [InlineData(30, 50, 300, 29, 51)]     // evidence with a second either side
    [InlineData(30, 34, 300, 29, 44)]     // too short: widened after it to 15 s
    [InlineData(290, 295, 300, 285, 300)] // too short at the end of the call: widened before it
    [InlineData(10, 200, 300, 9, 99)]     // too long: cut to 90 s
    [InlineData(0, 3, 12, 0, 12)]         // a call shorter than the minimum: the whole call
    public void TheClipCoversTheEvidenceWithinTheLengthLimits(double from, double to, double call, double start, double end) =>
        Assert.Equal((start, end), ClipRange.Around(from, to, call, Options));
}
