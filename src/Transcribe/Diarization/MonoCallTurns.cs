using CallCoach.Core.Calls;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Logging;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// The second pass of diarizing one mono call, once its voices are known: each speech region is cut into turns
/// where the voice changes, and at the end the voices are named rep and customer.
/// </summary>
public sealed class MonoCallTurns(
    IReadOnlyList<VoiceWindow> windows, SpeakerClusters clusters, DiarizationOptions options, int sampleRate, ILogger logger)
{
    public int Speakers => clusters.Speakers;

    /// <param name="samples">The region's own samples.</param>
    public IReadOnlyList<ClusterTurn> TurnsIn(SpeechRegion region, ReadOnlySpan<short> samples) =>
        ClusterTurnBuilder.Build([region], windows, clusters.Labels, samples, region.Start, sampleRate, options);

    /// <summary>Which voice is the rep's: the one nearer the rep's profile, else the one whose turn came first.</summary>
    public DiarizedCall Name(IReadOnlyList<ClusterTurn> turns, VoiceProfile? repProfile)
    {
        var (repCluster, evidence) = clusters.Speakers == 2 && turns.Count > 0
            ? repProfile is not null
                ? (NearestToProfile(repProfile), RepEvidence.VoiceProfile)
                : (FirstTurnCluster(turns, (int)(options.MinTurnSeconds * sampleRate)), RepEvidence.FirstTurn)
            : (-1, RepEvidence.None);
        logger.LogDebug(
            "Mono call: {Speakers} voice(s) in {Windows} windows (separation {Separation:0.00}, smaller share {Share:P0}), {Turns} turns, rep chosen by {Evidence}",
            clusters.Speakers, windows.Count, clusters.Separation, clusters.MinorityShare, turns.Count, evidence);

        return new DiarizedCall(
            [.. turns.Select(t => new DiarizedTurn(t.Region, NameOf(t.Cluster, repCluster)))],
            clusters.Speakers,
            evidence,
            clusters.Separation);
    }

    public static Speaker NameOf(int cluster, int repCluster) =>
        repCluster < 0 ? Speaker.Unknown : cluster == repCluster ? Speaker.Rep : Speaker.Customer;

    /// <summary>The cluster whose mean is nearer the profile's, each feature measured in this call's own spread.</summary>
    private int NearestToProfile(VoiceProfile profile)
    {
        var call = FeatureMoments.Of(windows.Select(w => w.Features));
        var distances = Enumerable.Range(0, 2)
            .Select(c => profile.Moments.ScaledDistance(FeatureMoments.Of(windows.Where((_, i) => clusters.Labels[i] == c).Select(w => w.Features)).Mean, call))
            .ToArray();
        return distances[0] <= distances[1] ? 0 : 1;
    }

    /// <summary>Reps open the calls they make: the first turn long enough to be a turn, not a cough, is theirs.</summary>
    private static int FirstTurnCluster(IReadOnlyList<ClusterTurn> turns, int minSamples) =>
        turns.Where(t => t.Region.Length >= minSamples).DefaultIfEmpty(turns[0]).First().Cluster;
}
