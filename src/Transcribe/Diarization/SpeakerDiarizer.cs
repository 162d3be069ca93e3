using CallCoach.Core.Calls;
using CallCoach.Transcribe.Segmentation;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Diarization;

/// <summary>
/// Who spoke when in a mono call: voice activity finds the speech, each stretch without a pause is described by
/// one-second voice windows, the windows are split into at most two voices, and the recognizer's turns are cut
/// where the voice changes. The rep
/// is the voice nearest the rep's enrolled profile, or else the voice of the first turn.
/// See docs/decisions/008-mono-diarization.md.
/// </summary>
public sealed class SpeakerDiarizer(
    VoiceActivityDetector voiceActivity,
    IOptions<VoiceActivityOptions> voiceActivityOptions,
    IOptions<DiarizationOptions> options,
    ILogger<SpeakerDiarizer> logger)
{
    public DiarizedCall Diarize(ReadOnlySpan<short> samples, int sampleRate, VoiceProfile? repProfile, CancellationToken ct)
    {
        var o = options.Value;
        var regions = voiceActivity.Detect(samples, sampleRate);
        var windows = new VoiceWindows(o, sampleRate);
        windows.AddAll(samples, VoiceActivityDetector.Detect(samples, sampleRate, voiceActivityOptions.Value.WithMinPause(o.MinPauseSeconds)), ct);
        var clusters = TwoSpeakerClustering.Cluster(windows.All, o);
        var turns = ClusterTurnBuilder.Build(regions, windows.All, clusters.Labels, samples, sampleRate, o);

        var (repCluster, evidence) = clusters.Speakers == 2
            ? repProfile is not null
                ? (NearestToProfile(windows.All, clusters.Labels, repProfile), RepEvidence.VoiceProfile)
                : (FirstTurnCluster(turns, (int)(o.MinTurnSeconds * sampleRate)), RepEvidence.FirstTurn)
            : (-1, RepEvidence.None);
        logger.LogDebug(
            "Mono call: {Speakers} voice(s) in {Windows} windows (separation {Separation:0.00}, smaller share {Share:P0}), {Turns} turns, rep chosen by {Evidence}",
            clusters.Speakers, windows.All.Count, clusters.Separation, clusters.MinorityShare, turns.Count, evidence);

        return new DiarizedCall(
            [.. turns.Select(t => new DiarizedTurn(t.Region, NameOf(t.Cluster, repCluster)))],
            clusters.Speakers,
            evidence,
            clusters.Separation);
    }

    private static Speaker NameOf(int cluster, int repCluster) =>
        repCluster < 0 ? Speaker.Unknown : cluster == repCluster ? Speaker.Rep : Speaker.Customer;

    /// <summary>The cluster whose mean is nearer the profile's, each feature measured in this call's own spread.</summary>
    private static int NearestToProfile(IReadOnlyList<VoiceWindow> windows, int[] labels, VoiceProfile profile)
    {
        var call = FeatureMoments.Of(windows.Select(w => w.Features));
        var distances = Enumerable.Range(0, 2)
            .Select(c => profile.Moments.ScaledDistance(FeatureMoments.Of(windows.Where((_, i) => labels[i] == c).Select(w => w.Features)).Mean, call))
            .ToArray();
        return distances[0] <= distances[1] ? 0 : 1;
    }

    /// <summary>Reps open the calls they make: the first turn long enough to be a turn, not a cough, is theirs.</summary>
    private static int FirstTurnCluster(IReadOnlyList<ClusterTurn> turns, int minSamples) =>
        turns.Where(t => t.Region.Length >= minSamples).DefaultIfEmpty(turns[0]).First().Cluster;
}
