using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Segmentation;

/// <summary>
/// Finds the stretches of speech in one channel by frame energy against that channel's own noise floor.
/// Recognizers then only hear speech, and each stretch becomes one transcript segment.
/// </summary>
public sealed class VoiceActivityDetector(IOptions<VoiceActivityOptions> options)
{
    private const double FrameSeconds = 0.01;
    // Digital silence sits near 0 dB; anything under this is never speech, however quiet the floor.
    private const double AbsoluteFloorDecibels = 30;

    public IReadOnlyList<SpeechRegion> Detect(ReadOnlySpan<short> samples, int sampleRate) => Detect(samples, sampleRate, options.Value);

    /// <summary>With settings other than the configured ones (the diarizer cuts at shorter pauses).</summary>
    public static IReadOnlyList<SpeechRegion> Detect(ReadOnlySpan<short> samples, int sampleRate, VoiceActivityOptions o)
    {
        var frame = (int)(sampleRate * FrameSeconds);
        var frames = samples.Length / frame;
        if (frames == 0)
        {
            return [];
        }

        var energy = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            energy[f] = Decibels(samples.Slice(f * frame, frame));
        }

        var floor = Percentile(energy, 0.10);
        var threshold = Math.Max(floor + o.ThresholdDecibels, AbsoluteFloorDecibels);
        var minPause = (int)Math.Round(o.MinPauseSeconds / FrameSeconds);
        var minSpeech = (int)Math.Round(o.MinSpeechSeconds / FrameSeconds);
        var maxFrames = (int)Math.Round(o.MaxUtteranceSeconds / FrameSeconds);
        var pad = (int)Math.Round(o.PaddingSeconds / FrameSeconds);

        var regions = new List<SpeechRegion>();
        foreach (var (start, end) in Voiced(energy, threshold, minPause).Where(r => r.End - r.Start >= minSpeech))
        {
            foreach (var (s, e) in SplitLong(energy, start, end, maxFrames))
            {
                // Pad only the turn's outer edges; a cut inside a long turn must not hear the same word twice.
                var from = s == start ? Math.Max(0, s - pad) : s;
                var to = e == end ? Math.Min(frames, e + pad) : e;
                regions.Add(new SpeechRegion(from * frame, Math.Min(samples.Length, to * frame)));
            }
        }

        return regions;
    }

    /// <summary>Runs of voiced frames, bridging pauses shorter than <paramref name="minPause"/> frames.</summary>
    private static IEnumerable<(int Start, int End)> Voiced(double[] energy, double threshold, int minPause)
    {
        int? start = null;
        var lastVoiced = -1;
        for (var f = 0; f < energy.Length; f++)
        {
            if (energy[f] < threshold)
            {
                if (start is not null && f - lastVoiced > minPause)
                {
                    yield return (start.Value, lastVoiced + 1);
                    start = null;
                }

                continue;
            }

            start ??= f;
            lastVoiced = f;
        }

        if (start is not null)
        {
            yield return (start.Value, lastVoiced + 1);
        }
    }

    private static IEnumerable<(int Start, int End)> SplitLong(double[] energy, int start, int end, int maxFrames)
    {
        while (end - start > maxFrames)
        {
            // Cut at the quietest frame of the middle half, where a breath between phrases most likely is.
            var from = start + maxFrames / 4;
            var to = start + maxFrames;
            var cut = from;
            for (var f = from; f < to; f++)
            {
                if (energy[f] < energy[cut])
                {
                    cut = f;
                }
            }

            yield return (start, cut);
            start = cut;
        }

        yield return (start, end);
    }

    /// <summary>A frame's loudness: mean power in dB over 16-bit full scale's units, never below 0.</summary>
    internal static double Decibels(ReadOnlySpan<short> frame)
    {
        double sum = 0;
        foreach (var s in frame)
        {
            sum += (double)s * s;
        }

        return 10 * Math.Log10(sum / frame.Length + 1);
    }

    internal static double Percentile(double[] values, double p)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[(int)Math.Clamp(p * (sorted.Length - 1), 0, sorted.Length - 1)];
    }
}
