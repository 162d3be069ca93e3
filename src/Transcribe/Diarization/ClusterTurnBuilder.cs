using CallCoach.Transcribe.Segmentation;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// Turns window labels into speaker turns: each speech region keeps one cluster unless the windows inside it
/// change voice for at least <see cref="DiarizationOptions.MinTurnSeconds"/>; then the region is cut at the
/// quietest moment near the change, so no word is split between two turns.
/// </summary>
public static class ClusterTurnBuilder
{
    private const double CutSearchSeconds = 0.25;

    /// <param name="samples">Audio covering the regions, only read near cuts to find the quietest frame.</param>
    /// <param name="samplesStart">Where <paramref name="samples"/> starts in the call: 0 for the whole call, a region's start for its own audio.</param>
    public static IReadOnlyList<ClusterTurn> Build(
        IReadOnlyList<SpeechRegion> regions,
        IReadOnlyList<VoiceWindow> windows,
        IReadOnlyList<int> labels,
        ReadOnlySpan<short> samples,
        int samplesStart,
        int sampleRate,
        DiarizationOptions options)
    {
        var turns = new List<ClusterTurn>();
        foreach (var region in regions)
        {
            // Windows come from finer stretches than these regions; each belongs where its centre lies.
            var inside = Enumerable.Range(0, windows.Count).Where(i => Centre(windows[i]) >= region.Start && Centre(windows[i]) < region.End).ToList();
            if (inside.Count == 0)
            {
                turns.Add(new ClusterTurn(region, NearestLabel(region, windows, labels)));
                continue;
            }

            var spans = Spans(region, [.. inside.Select(i => windows[i])], Smooth([.. inside.Select(i => labels[i])]));
            MergeShort(spans, (int)(options.MinTurnSeconds * sampleRate));
            var start = region.Start;
            for (var s = 0; s < spans.Count; s++)
            {
                var end = s == spans.Count - 1 ? region.End : QuietestNear(samples, samplesStart, spans[s].End, start, spans[s + 1].End, sampleRate);
                turns.Add(new ClusterTurn(new SpeechRegion(start, end), spans[s].Cluster));
                start = end;
            }
        }

        return turns;
    }

    /// <summary>A window whose label disagrees with both neighbours takes theirs (a median filter of three).</summary>
    private static int[] Smooth(int[] labels)
    {
        var smoothed = (int[])labels.Clone();
        for (var i = 1; i < labels.Length - 1; i++)
        {
            if (labels[i - 1] == labels[i + 1])
            {
                smoothed[i] = labels[i - 1];
            }
        }

        return smoothed;
    }

    /// <summary>Runs of equal labels; each window owns the time up to halfway to its neighbours' centres.</summary>
    private static List<(int Start, int End, int Cluster)> Spans(SpeechRegion region, VoiceWindow[] windows, int[] labels)
    {
        var spans = new List<(int Start, int End, int Cluster)>();
        for (var i = 0; i < windows.Length; i++)
        {
            var start = i == 0 ? region.Start : Midpoint(windows[i - 1], windows[i]);
            var end = i == windows.Length - 1 ? region.End : Midpoint(windows[i], windows[i + 1]);
            if (spans.Count > 0 && spans[^1].Cluster == labels[i])
            {
                spans[^1] = spans[^1] with { End = end };
            }
            else
            {
                spans.Add((start, end, labels[i]));
            }
        }

        return spans;
    }

    private static int Midpoint(VoiceWindow a, VoiceWindow b) => (Centre(a) + Centre(b)) / 2;

    private static int Centre(VoiceWindow window) => window.Start + (window.End - window.Start) / 2;

    /// <summary>The shortest span under the minimum joins its longer neighbour, until none is left or one span remains.</summary>
    private static void MergeShort(List<(int Start, int End, int Cluster)> spans, int minSamples)
    {
        while (spans.Count > 1)
        {
            var shortest = Enumerable.Range(0, spans.Count).MinBy(i => spans[i].End - spans[i].Start);
            if (spans[shortest].End - spans[shortest].Start >= minSamples)
            {
                return;
            }

            var before = shortest > 0 ? spans[shortest - 1].End - spans[shortest - 1].Start : -1;
            var after = shortest < spans.Count - 1 ? spans[shortest + 1].End - spans[shortest + 1].Start : -1;
            var neighbour = before >= after ? shortest - 1 : shortest + 1;
            spans[shortest] = spans[shortest] with { Cluster = spans[neighbour].Cluster };
            for (var i = spans.Count - 1; i > 0; i--)
            {
                if (spans[i].Cluster == spans[i - 1].Cluster)
                {
                    spans[i - 1] = spans[i - 1] with { End = spans[i].End };
                    spans.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>The start of the quietest 10 ms frame within a quarter second of <paramref name="cut"/>, inside (from, to).</summary>
    private static int QuietestNear(ReadOnlySpan<short> samples, int samplesStart, int cut, int from, int to, int sampleRate)
    {
        var frame = sampleRate / 100;
        var reach = (int)(CutSearchSeconds * sampleRate);
        var best = cut;
        var quietest = double.MaxValue;
        for (var start = Math.Max(from + frame, cut - reach); start + frame <= Math.Min(to - frame, cut + reach); start += frame)
        {
            var loudness = VoiceActivityDetector.Decibels(samples.Slice(start - samplesStart, frame));
            if (loudness < quietest)
            {
                (best, quietest) = (start, loudness);
            }
        }

        return best;
    }

    /// <summary>A region too short for a window of its own belongs to the voice of the nearest window in time.</summary>
    private static int NearestLabel(SpeechRegion region, IReadOnlyList<VoiceWindow> windows, IReadOnlyList<int> labels)
    {
        if (windows.Count == 0)
        {
            return 0;
        }

        var centre = region.Start + region.Length / 2;
        return labels[Enumerable.Range(0, windows.Count).MinBy(i => Math.Abs(Centre(windows[i]) - centre))];
    }
}
