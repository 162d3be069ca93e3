using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// Collects a call's voice windows region by region and keeps only their features, so a region's audio can be let
/// go as soon as it is added: this is what lets a long call be read in chunks and clustered at the end.
/// One instance per call; not thread-safe.
/// </summary>
public sealed class VoiceWindows(DiarizationOptions options, int sampleRate)
{
    // Frames this far below the loudest tenth of their region are pauses, breaths or line noise inside it: they
    // describe the room and the line, not the speaker.
    private const double SpeechRangeDecibels = 25;
    private const int MinSpeechFrames = 25;

    private readonly CepstralAnalyzer analyzer = new(sampleRate);
    private readonly List<VoiceWindow> windows = [];
    private int regions;

    public IReadOnlyList<VoiceWindow> All => windows;

    /// <summary>Every region of a channel whose audio is all in hand.</summary>
    public void AddAll(ReadOnlySpan<short> samples, IEnumerable<SpeechRegion> regions, CancellationToken ct)
    {
        foreach (var region in regions)
        {
            ct.ThrowIfCancellationRequested();
            Add(samples.Slice(region.Start, region.Length), region.Start);
        }
    }

    /// <summary>The next speech region of the call; every region counts, even one too short for a window.</summary>
    /// <param name="region">The samples of one speech region.</param>
    /// <param name="start">Where the region starts in the call, in samples.</param>
    public void Add(ReadOnlySpan<short> region, int start)
    {
        var ordinal = regions++;
        var frames = analyzer.Analyze(region);
        if (frames.Count == 0)
        {
            return;
        }

        var speech = SpeechFrames(frames.EnergyDecibels);
        var length = (int)Math.Round(options.WindowSeconds * sampleRate / analyzer.Hop);
        var hop = (int)Math.Round(options.HopSeconds * sampleRate / analyzer.Hop);
        foreach (var (from, to) in Spans(frames.Count, length, hop))
        {
            if (Summarize(frames, speech, from, to) is { } features)
            {
                windows.Add(new VoiceWindow(ordinal, start + from * analyzer.Hop, start + (to - 1) * analyzer.Hop + analyzer.FrameLength, features));
            }
        }
    }

    private static bool[] SpeechFrames(double[] energy)
    {
        var threshold = VoiceActivityDetector.Percentile(energy, 0.9) - SpeechRangeDecibels;
        return [.. energy.Select(e => e >= threshold)];
    }

    /// <summary>Windows of <paramref name="length"/> frames every <paramref name="hop"/>; the last one ends with the region.</summary>
    private static IEnumerable<(int From, int To)> Spans(int count, int length, int hop)
    {
        if (count <= length)
        {
            yield return (0, count);
            yield break;
        }

        var start = 0;
        for (; start + length <= count; start += hop)
        {
            yield return (start, start + length);
        }

        if (start - hop + length < count)
        {
            yield return (count - length, count);
        }
    }

    /// <summary>Mean and standard deviation of each coefficient over the window's speech frames; null if it has too few.</summary>
    private static float[]? Summarize(CepstralFrames frames, bool[] speech, int from, int to)
    {
        const int n = CepstralAnalyzer.Coefficients;
        var sum = new double[n];
        var squares = new double[n];
        var count = 0;
        for (var f = from; f < to; f++)
        {
            if (!speech[f])
            {
                continue;
            }

            var values = frames.Of(f);
            for (var c = 0; c < n; c++)
            {
                sum[c] += values[c];
                squares[c] += (double)values[c] * values[c];
            }

            count++;
        }

        if (count < MinSpeechFrames)
        {
            return null;
        }

        var features = new float[VoiceWindow.FeatureCount];
        for (var c = 0; c < n; c++)
        {
            var mean = sum[c] / count;
            features[c] = (float)mean;
            features[n + c] = (float)Math.Sqrt(Math.Max(0, squares[c] / count - mean * mean));
        }

        return features;
    }
}
