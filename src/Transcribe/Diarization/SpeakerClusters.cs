namespace CallCoach.Transcribe.Diarization;

/// <summary>Which voice each window of a call belongs to.</summary>
/// <param name="Speakers">1 when the call holds one voice; then every label is 0.</param>
/// <param name="Labels">0 or 1 for each window, in the windows' order.</param>
/// <param name="Separation">How much farther apart the two clusters' windows lie than windows of one speech region (1 = no farther).</param>
/// <param name="MinorityShare">The smaller cluster's share of the windows.</param>
public sealed record SpeakerClusters(int Speakers, int[] Labels, double Separation, double MinorityShare)
{
    public static SpeakerClusters OneSpeaker(int windows, double separation = 0, double minorityShare = 0) =>
        new(1, new int[windows], separation, minorityShare);
}
