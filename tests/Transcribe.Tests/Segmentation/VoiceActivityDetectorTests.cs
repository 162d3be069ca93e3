using CallCoach.Transcribe.Segmentation;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.Segmentation;

public sealed class VoiceActivityDetectorTests
{
    private const int Rate = 16_000;

    private static VoiceActivityDetector Detector(VoiceActivityOptions? options = null) => new(Options.Create(options ?? new VoiceActivityOptions()));

    /// <summary>A signal built from (seconds, amplitude) parts: amplitude 0 is digital silence, anything else a 440 Hz tone.</summary>
    private static short[] Signal(params (double Seconds, double Amplitude)[] parts)
    {
        var samples = new List<short>();
        foreach (var (seconds, amplitude) in parts)
        {
            var count = (int)Math.Round(seconds * Rate);
            for (var i = 0; i < count; i++)
            {
                samples.Add((short)(amplitude * Math.Sin(2 * Math.PI * 440 * samples.Count / Rate)));
            }
        }

        return [.. samples];
    }

    private static int At(double seconds) => (int)Math.Round(seconds * Rate);

    [Fact]
    public void DigitalSilenceHasNoSpeech()
    {
        Assert.Empty(Detector().Detect(new short[Rate * 5], Rate));
    }

    [Fact]
    public void SteadyLowNoiseHasNoSpeech()
    {
        var random = new Random(7);
        var noise = Enumerable.Range(0, Rate * 5).Select(_ => (short)random.Next(-200, 201)).ToArray();

        Assert.Empty(Detector().Detect(noise, Rate));
    }

    [Fact]
    public void SignalShorterThanOneFrameHasNoSpeech()
    {
        Assert.Empty(Detector().Detect(Signal((0.005, 8000)), Rate));
    }

    [Fact]
    public void TwoBurstsSeparatedByOneSecondAreTwoRegionsWithPaddedBounds()
    {
        var signal = Signal((0.5, 0), (1.0, 8000), (1.0, 0), (1.5, 8000), (0.5, 0));

        var regions = Detector().Detect(signal, Rate);

        // Padding is 0.15 s each side; one 10 ms frame of slack for where a burst's edge falls.
        var frame = Rate / 100;
        Assert.Equal(2, regions.Count);
        Assert.InRange(regions[0].Start, At(0.35) - frame, At(0.35) + frame);
        Assert.InRange(regions[0].End, At(1.65) - frame, At(1.65) + frame);
        Assert.InRange(regions[1].Start, At(2.35) - frame, At(2.35) + frame);
        Assert.InRange(regions[1].End, At(4.15) - frame, At(4.15) + frame);
    }

    [Fact]
    public void PaddingStopsAtTheEdgesOfTheRecording()
    {
        var signal = Signal((1.0, 8000), (1.0, 0), (1.0, 8000));

        var regions = Detector().Detect(signal, Rate);

        Assert.Equal(2, regions.Count);
        Assert.Equal(0, regions[0].Start);
        Assert.Equal(signal.Length, regions[1].End);
    }

    [Fact]
    public void PauseShorterThanTheMinimumDoesNotEndATurn()
    {
        var signal = Signal((0.5, 0), (1.0, 8000), (0.3, 0), (1.0, 8000), (0.5, 0));

        var region = Assert.Single(Detector().Detect(signal, Rate));

        Assert.InRange(region.Start, At(0.35) - 160, At(0.35) + 160);
        Assert.InRange(region.End, At(2.95) - 160, At(2.95) + 160);
    }

    [Fact]
    public void ClickShorterThanTheMinimumSpeechIsDropped()
    {
        var signal = Signal((1.0, 0), (0.05, 20000), (1.0, 0), (1.0, 8000), (1.0, 0));

        var region = Assert.Single(Detector().Detect(signal, Rate));

        Assert.InRange(region.Start, At(1.9) - 160, At(1.9) + 160);
    }

    [Fact]
    public void QuietSpeechAboveTheNoiseFloorIsFoundInANoisyChannel()
    {
        var random = new Random(3);
        var signal = Signal((1.0, 0), (1.0, 3000), (1.0, 0));
        var noisy = signal.Select(s => (short)(s + random.Next(-100, 101))).ToArray();

        var region = Assert.Single(Detector().Detect(noisy, Rate));

        Assert.InRange(region.Start, At(0.85) - 160, At(0.85) + 160);
        Assert.InRange(region.End, At(2.15) - 160, At(2.15) + 160);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.15)]
    public void FiftySecondsOfSpeechIsCutIntoContiguousPiecesNoLongerThanTheMaximum(double padding)
    {
        // Speech-like: a tone whose loudness rises and falls three times a second, with silence either side.
        var options = new VoiceActivityOptions { PaddingSeconds = padding };
        var speech = Signal((50.0, 1));
        for (var i = 0; i < speech.Length; i++)
        {
            var envelope = 0.55 + 0.45 * Math.Sin(2 * Math.PI * 3 * i / Rate);
            speech[i] = (short)(8000 * envelope * Math.Sin(2 * Math.PI * 440 * i / Rate));
        }

        short[] signal = [.. new short[Rate * 5], .. speech, .. new short[Rate * 5]];

        var regions = Detector(options).Detect(signal, Rate);

        // Cuts fall in the middle half of each window, so every piece but the last is at least a quarter of the maximum.
        Assert.InRange(regions.Count, 3, 10);
        var longest = (options.MaxUtteranceSeconds + padding) * Rate;
        Assert.All(regions, r => Assert.InRange(r.Length, 1, longest));
        Assert.All(regions.SkipLast(1), r => Assert.True(r.Length >= options.MaxUtteranceSeconds / 4 * Rate, $"piece of {r.Length} samples"));
        for (var i = 1; i < regions.Count; i++)
        {
            Assert.Equal(regions[i - 1].End, regions[i].Start);
        }

        Assert.InRange(regions[0].Start, At(5 - padding) - 160, At(5 - padding) + 160);
        Assert.InRange(regions[^1].End, At(55 + padding) - 160, At(55 + padding) + 160);
    }
}
