namespace CallCoach.Transcribe.Segmentation;

/// <summary>
/// A channel's noise floor (the 10th percentile of its frames' loudness) gathered chunk by chunk, in 0.1 dB steps,
/// so a long call gets the floor of the whole call without keeping its frames.
/// </summary>
public sealed class NoiseFloor
{
    private const double Step = 0.1;
    private readonly long[] counts = new long[1000];
    private long frames;

    public void Add(ReadOnlySpan<short> samples, int sampleRate)
    {
        var frame = VoiceActivityDetector.FrameLength(sampleRate);
        for (var start = 0; start + frame <= samples.Length; start += frame)
        {
            var bin = (int)(VoiceActivityDetector.Decibels(samples.Slice(start, frame)) / Step);
            counts[Math.Clamp(bin, 0, counts.Length - 1)]++;
            frames++;
        }
    }

    /// <summary>Null before any full frame was seen.</summary>
    public double? Decibels
    {
        get
        {
            if (frames == 0)
            {
                return null;
            }

            var rank = (long)(VoiceActivityDetector.NoiseFloorPercentile * (frames - 1));
            long seen = 0;
            for (var bin = 0; bin < counts.Length; bin++)
            {
                seen += counts[bin];
                if (seen > rank)
                {
                    return bin * Step;
                }
            }

            return (counts.Length - 1) * Step;
        }
    }
}
