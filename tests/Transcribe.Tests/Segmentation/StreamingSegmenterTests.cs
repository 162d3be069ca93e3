using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe.Tests.Segmentation;

/// <summary>A long call is segmented in chunks into exactly the regions the whole channel gives at once.</summary>
public sealed class StreamingSegmenterTests
{
    private const int Rate = 16_000;
    private static readonly VoiceActivityOptions Options = new();

    /// <summary>Noise-like "speech" bursts of varying loudness and length over a quiet, noisy line.</summary>
    private static short[] Call(int seconds, int seed)
    {
        var random = new Random(seed);
        var samples = new short[seconds * Rate];
        var t = 0;
        while (t < samples.Length)
        {
            var talk = (int)(Rate * (0.2 + random.NextDouble() * 6));
            var pause = (int)(Rate * (0.1 + random.NextDouble() * 1.5));
            var loudness = 1500 + random.Next(6000);
            for (var i = 0; i < talk && t < samples.Length; i++, t++)
            {
                samples[t] = (short)(loudness * Math.Sin(2 * Math.PI * (180 + 40 * Math.Sin(t / 800.0)) * t / Rate) + random.Next(-60, 61));
            }

            for (var i = 0; i < pause && t < samples.Length; i++, t++)
            {
                samples[t] = (short)random.Next(-60, 61);
            }
        }

        return samples;
    }

    private static List<(SpeechRegion Region, short[] Samples)> Streamed(short[] samples, int chunk, double floor, out int mostHeld)
    {
        var segmenter = new StreamingSegmenter(Options, Rate, floor);
        var regions = new List<(SpeechRegion, short[])>();
        mostHeld = 0;
        for (var start = 0; start < samples.Length; start += chunk)
        {
            regions.AddRange(segmenter.Push(samples.AsSpan(start, Math.Min(chunk, samples.Length - start))));
            mostHeld = Math.Max(mostHeld, segmenter.HeldSamples);
        }

        regions.AddRange(segmenter.Finish());
        return regions;
    }

    private static double Floor(short[] samples)
    {
        var floor = new NoiseFloor();
        floor.Add(samples, Rate);
        return floor.Decibels!.Value;
    }

    [Theory]
    [InlineData(Rate)]
    [InlineData(Rate * 7 + 160 * 13)]
    [InlineData(Rate * 30)]
    public void ChunkedRegionsAreTheWholeChannelsRegionsWithTheirOwnSamples(int chunk)
    {
        var samples = Call(300, seed: 11);
        var floor = Floor(samples);
        var whole = VoiceActivityDetector.Detect(samples, Rate, Options, floor);

        var streamed = Streamed(samples, chunk, floor, out _);

        Assert.True(whole.Count > 50, $"only {whole.Count} regions in the test call");
        Assert.Equal(whole, streamed.Select(s => s.Region));
        Assert.All(streamed, s => Assert.Equal(samples[s.Region.Start..s.Region.End], s.Samples));
    }

    [Fact]
    public void SpeechLongerThanTheLongestUtteranceIsCutWhereTheWholeChannelCutsIt()
    {
        // Two minutes without a pause, then a pause and a short turn.
        var tone = Enumerable.Range(0, Rate * 120)
            .Select(t => (short)((3000 + 2500 * Math.Sin(t / 5000.0)) * Math.Sin(2 * Math.PI * 200 * t / Rate)))
            .Concat(new short[Rate * 2])
            .Concat(Enumerable.Range(0, Rate).Select(t => (short)(3000 * Math.Sin(2 * Math.PI * 300 * t / Rate))))
            .Concat(new short[Rate])
            .ToArray();
        var floor = Floor(tone);
        var whole = VoiceActivityDetector.Detect(tone, Rate, Options, floor);

        var streamed = Streamed(tone, Rate * 30, floor, out var mostHeld);

        Assert.True(whole.Count >= 7, $"{whole.Count} regions");
        Assert.Equal(whole, streamed.Select(s => s.Region));
        Assert.InRange(mostHeld, 0, (int)((Options.MaxUtteranceSeconds + 30 + 1) * Rate));
    }

    [Fact]
    public void AudioHeldBackStaysBoundedHoweverLongTheCall()
    {
        var samples = Call(1800, seed: 5);

        Streamed(samples, Rate * 30, Floor(samples), out var mostHeld);

        // Never more than one chunk and the longest utterance with its padding, for half an hour of call.
        Assert.InRange(mostHeld, 0, (int)((Options.MaxUtteranceSeconds + 30 + 1) * Rate));
    }

    [Fact]
    public void NoiseFloorGatheredInChunksIsTheWholeChannelsTenthPercentile()
    {
        var samples = Call(120, seed: 3);
        var chunked = new NoiseFloor();
        for (var start = 0; start < samples.Length; start += Rate * 30)
        {
            chunked.Add(samples.AsSpan(start, Math.Min(Rate * 30, samples.Length - start)), Rate);
        }

        var frames = Enumerable.Range(0, samples.Length / 160).Select(f => VoiceActivityDetector.Decibels(samples.AsSpan(f * 160, 160))).ToArray();
        var exact = VoiceActivityDetector.Percentile(frames, 0.10);

        Assert.InRange(chunked.Decibels!.Value, exact - 0.11, exact + 0.01);
        Assert.Null(new NoiseFloor().Decibels);
    }
}
