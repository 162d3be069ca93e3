namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// Splits a call's voice windows into two voices with k-means (k = 2) on features standardized over the call, and
/// keeps the split only when it looks like two voices: both clusters hold a real share of the call and their
/// windows lie clearly farther apart than windows of one speech region do (see <see cref="Separation"/>).
/// Otherwise the call has one speaker: k-means always splits, and one voice split in two must not be reported as
/// a second person.
/// </summary>
public static class TwoSpeakerClustering
{
    private const int MaxIterations = 100;

    public static SpeakerClusters Cluster(IReadOnlyList<VoiceWindow> windows, DiarizationOptions options)
    {
        if (windows.Count < 4)
        {
            return SpeakerClusters.OneSpeaker(windows.Count);
        }

        var points = Standardize(windows);
        var labels = Initial(points);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (Centres(points, labels) is not { } moving || !Reassign(points, moving, labels))
            {
                break;
            }
        }

        if (Centres(points, labels) is not { } centres)
        {
            return SpeakerClusters.OneSpeaker(windows.Count);
        }

        var separation = Separation(points, labels, centres, windows) ?? 0;
        var minorityShare = Math.Min(labels.Count(l => l == 0), labels.Count(l => l == 1)) / (double)labels.Length;
        return minorityShare < options.MinSpeakerShare || separation < options.MinSeparation
            ? SpeakerClusters.OneSpeaker(windows.Count, separation, minorityShare)
            : new SpeakerClusters(2, labels, separation, minorityShare);
    }

    /// <summary>
    /// How much farther apart windows of different clusters lie than windows of the same speech region: the mean
    /// squared distance between the clusters' windows over the mean squared distance between non-overlapping windows
    /// of one voice region (speech without a pause of <see cref="DiarizationOptions.MinPauseSeconds"/>). Such a
    /// stretch is nearly always one person talking, so the denominator is this call's own measure of how much one
    /// voice varies with what is said and how; one voice cut in two scores about 1, two voices clearly more.
    /// Null when no region is long enough for two non-overlapping windows.
    /// </summary>
    private static double? Separation(double[][] points, int[] labels, double[][] centres, IReadOnlyList<VoiceWindow> windows)
    {
        double sameRegion = 0;
        var pairs = 0;
        for (var i = 0; i < windows.Count; i++)
        {
            for (var j = i + 1; j < windows.Count && windows[j].Region == windows[i].Region; j++)
            {
                if (windows[j].Start >= windows[i].End)
                {
                    sameRegion += Squared(points[i], points[j]);
                    pairs++;
                }
            }
        }

        if (pairs == 0)
        {
            return null;
        }

        // The mean over all cross-cluster pairs without visiting them: |centre0 - centre1|² plus each cluster's spread.
        var spread = points.Select((p, i) => Squared(p, centres[labels[i]]));
        var counts = new[] { labels.Count(l => l == 0), labels.Count(l => l == 1) };
        var withinEach = Enumerable.Range(0, 2).Select(c => spread.Where((_, i) => labels[i] == c).Sum() / counts[c]).Sum();
        return (Squared(centres[0], centres[1]) + withinEach) / Math.Max(sameRegion / pairs, 1e-12);
    }

    /// <summary>Each feature to zero mean and unit variance over this call, so no feature dominates by its scale.</summary>
    private static double[][] Standardize(IReadOnlyList<VoiceWindow> windows)
    {
        var moments = FeatureMoments.Of(windows.Select(w => w.Features));
        return [.. windows.Select(w => w.Features
            .Select((value, d) => (value - moments.Mean[d]) / Math.Sqrt(Math.Max(moments.Variance[d], 1e-9)))
            .ToArray())];
    }

    /// <summary>
    /// The sides of the direction along which the windows vary most (the first principal component, by power
    /// iteration): a deterministic start that already separates two voices when there are two.
    /// </summary>
    private static int[] Initial(double[][] points)
    {
        var dimensions = points[0].Length;
        var covariance = new double[dimensions, dimensions];
        foreach (var p in points)
        {
            for (var a = 0; a < dimensions; a++)
            {
                for (var b = 0; b < dimensions; b++)
                {
                    covariance[a, b] += p[a] * p[b];
                }
            }
        }

        var direction = Enumerable.Repeat(1 / Math.Sqrt(dimensions), dimensions).ToArray();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var next = new double[dimensions];
            for (var a = 0; a < dimensions; a++)
            {
                for (var b = 0; b < dimensions; b++)
                {
                    next[a] += covariance[a, b] * direction[b];
                }
            }

            var norm = Math.Sqrt(next.Sum(v => v * v));
            if (norm == 0)
            {
                break;
            }

            direction = [.. next.Select(v => v / norm)];
        }

        return [.. points.Select(p => p.Select((v, d) => v * direction[d]).Sum() > 0 ? 1 : 0)];
    }

    /// <summary>Moves every point to its nearer centre; false when none moved.</summary>
    private static bool Reassign(double[][] points, double[][] centres, int[] labels)
    {
        var changed = false;
        for (var i = 0; i < points.Length; i++)
        {
            var nearest = Squared(points[i], centres[0]) <= Squared(points[i], centres[1]) ? 0 : 1;
            changed |= nearest != labels[i];
            labels[i] = nearest;
        }

        return changed;
    }

    /// <summary>The mean of each cluster; null when a cluster has lost all its members.</summary>
    private static double[][]? Centres(double[][] points, int[] labels)
    {
        var centres = new double[2][];
        for (var cluster = 0; cluster < 2; cluster++)
        {
            var members = points.Where((_, i) => labels[i] == cluster).ToList();
            if (members.Count == 0)
            {
                return null;
            }

            centres[cluster] = [.. Enumerable.Range(0, points[0].Length).Select(d => members.Average(m => m[d]))];
        }

        return centres;
    }

    private static double Squared(double[] a, double[] b)
    {
        double sum = 0;
        for (var d = 0; d < a.Length; d++)
        {
            sum += (a[d] - b[d]) * (a[d] - b[d]);
        }

        return sum;
    }
}
