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

    /// <summary>The quietest tenth of a channel's frames is taken as its noise floor.</summary>
    internal const double NoiseFloorPercentile = 0.10;

    public IReadOnlyList<SpeechRegion> Detect(ReadOnlySpan<short> samples, int sampleRate) => Detect(samples, sampleRate, options.Value);

    /// <summary>With settings other than the configured ones (the diarizer cuts at shorter pauses).</summary>
    /// <param name="noiseFloor">The channel's noise floor in dB when known from a pass over the whole call; else these samples' own.</param>
    public static IReadOnlyList<SpeechRegion> Detect(ReadOnlySpan<short> samples, int sampleRate, VoiceActivityOptions o, double? noiseFloor = null) =>
        Segment(samples, sampleRate, o, noiseFloor, final: true).Regions;

    /// <summary>
    /// The regions of a stretch of audio that more audio after it can no longer change, and how many samples from
    /// its start are done with. With <paramref name="final"/> the stretch ends the channel and every region counts;
    /// otherwise a run of speech near its end may still go on, so it and what follows are left for the next call.
    /// A run longer than the longest utterance is cut where it is quietest, and those cuts never depend on where the
    /// run ends, so its pieces before the last are final too. This is what lets a long call be segmented in chunks
    /// into exactly the regions the whole call would give.
    /// </summary>
    internal static (List<SpeechRegion> Regions, int Done) Segment(
        ReadOnlySpan<short> samples, int sampleRate, VoiceActivityOptions o, double? noiseFloor, bool final)
    {
        var frame = FrameLength(sampleRate);
        var frames = samples.Length / frame;
        if (frames == 0)
        {
            return ([], final ? samples.Length : 0);
        }

        var energy = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            energy[f] = Decibels(samples.Slice(f * frame, frame));
        }

        var threshold = Math.Max((noiseFloor ?? Percentile(energy, NoiseFloorPercentile)) + o.ThresholdDecibels, AbsoluteFloorDecibels);
        var minPause = (int)Math.Round(o.MinPauseSeconds / FrameSeconds);
        var minSpeech = (int)Math.Round(o.MinSpeechSeconds / FrameSeconds);
        var maxFrames = (int)Math.Round(o.MaxUtteranceSeconds / FrameSeconds);
        var pad = (int)Math.Round(o.PaddingSeconds / FrameSeconds);
        var settled = final ? frames : frames - minPause - pad - 1;

        var regions = new List<SpeechRegion>();
        var done = final ? frames : Math.Max(0, settled);
        foreach (var (start, end) in Voiced(energy, threshold, minPause))
        {
            var open = end > settled;
            if (end - start < minSpeech)
            {
                if (open)
                {
                    done = Math.Min(done, Math.Max(0, start - pad));
                    break;
                }

                continue;
            }

            var pieces = SplitLong(energy, start, end, maxFrames).ToList();
            foreach (var (s, e) in open ? pieces.SkipLast(1) : pieces)
            {
                // Pad only the turn's outer edges; a cut inside a long turn must not hear the same word twice.
                var from = s == start ? Math.Max(0, s - pad) : s;
                var to = e == end ? Math.Min(frames, e + pad) : e;
                regions.Add(new SpeechRegion(from * frame, Math.Min(samples.Length, to * frame)));
            }

            if (open)
            {
                // Left for the next call from where its region will start, leading padding included.
                var rest = pieces[^1].Start;
                done = Math.Min(done, rest == start ? Math.Max(0, start - pad) : rest);
                break;
            }
        }

        return (regions, final ? samples.Length : done * frame);
    }

    /// <summary>Samples in one 10 ms analysis frame.</summary>
    internal static int FrameLength(int sampleRate) => (int)(sampleRate * FrameSeconds);

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
